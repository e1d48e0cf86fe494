//! Reading articles: bytes in, text out, or a reason to skip.
//!
//! Files scraped from the web are not always clean UTF-8. This module turns
//! bytes into text the pipeline can read: a UTF-8 byte order mark is dropped,
//! a file with NUL bytes is taken for binary and skipped, invalid UTF-8 is
//! replaced with U+FFFD and reported. It does not walk directories.

use std::{io::Read, path::Path};

use crate::error::{Error, Result};

/// Text decoded from an input, with what was done to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// The text, and a warning if bytes had to be replaced.
    Text(String, Option<String>),
    /// The input is not text; the reason.
    Skipped(String),
}

/// Decodes the bytes of an article.
///
/// # Example
///
/// ```
/// use actorgraph::input::{decode, Decoded};
///
/// assert_eq!(decode(b"\xEF\xBB\xBFMali".to_vec()), Decoded::Text("Mali".into(), None));
/// assert!(matches!(decode(b"PK\x03\x04\x00\x00".to_vec()), Decoded::Skipped(_)));
/// ```
pub fn decode(mut bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if memchr_nul(&bytes) {
        return Decoded::Skipped("binary file (contains NUL bytes)".into());
    }
    match String::from_utf8(bytes) {
        Ok(s) => Decoded::Text(s, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Decoded::Text(
                text,
                Some(format!(
                    "invalid UTF-8 from byte {at}, replaced with U+FFFD"
                )),
            )
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
}

/// Reads and decodes a file, or standard input when `path` is `-`.
///
/// # Errors
///
/// An [`Error::Io`] naming the path if it cannot be read.
pub fn read(path: &Path) -> Result<Decoded> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("<stdin>", e))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    }
    Ok(decode(bytes))
}
