//! Integration tests: the real `actorgraph` binary on real text.

mod util;

mod bad_input;
mod cli;
mod corpus;
mod gold;
mod notebook;
mod output;
mod properties;
mod tools;
