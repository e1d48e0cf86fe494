//! Integration tests: the real `actorgraph` binary on real text.

mod util;

mod cli;
mod corpus;
mod gold;
mod notebook;
mod output;
mod tools;
