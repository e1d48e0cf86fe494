//! Integration tests: the real `actorgraph` binary on real text.

mod util;

mod cli;
mod corpus;
mod gold;
mod output;
mod tools;
