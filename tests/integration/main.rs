//! Integration tests: the real `actorgraph` binary on real text.

mod util;

mod cli;
