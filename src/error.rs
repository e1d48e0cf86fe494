//! Errors of the library.
//!
//! Only configuration can fail: dictionaries that do not parse, files that
//! cannot be read or written. Messy article text is never an error; it yields
//! fewer matches.

use std::{fmt, io, path::PathBuf};

/// An error from loading dictionaries or reading and writing files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// One or more lines of a dictionary set are wrong. Every bad line is
    /// reported, not just the first.
    #[error("{}", DisplayProblems(.0))]
    Dictionary(Vec<DictionaryProblem>),
    /// A file or directory could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// One bad line in a dictionary file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DictionaryProblem {
    /// The file, relative to the dictionary directory (e.g. `actors/states.txt`).
    pub file: String,
    /// The 1-based line number, or 0 for a problem with the whole file.
    pub line: usize,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl fmt::Display for DictionaryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

struct DisplayProblems<'a>(&'a [DictionaryProblem]);

impl fmt::Display for DisplayProblems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "{n} problem{} in dictionaries",
            if n == 1 { "" } else { "s" }
        )?;
        for p in self.0 {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

/// A `Result` whose error is [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
