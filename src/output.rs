//! Writing files so that a reader never sees half of one.
//!
//! Output goes to a temporary file in the destination's directory, is
//! flushed to disk, then renamed over the destination: a rename within one
//! file system is atomic, so an interrupted run leaves the old file or the new
//! one, never a truncated one. This module does not choose paths or formats.

use std::{
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
};

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically (temporary file, then rename).
///
/// # Errors
///
/// An [`Error::Io`] naming `path` if its directory does not exist, is not
/// writable, or the disk is full. The temporary file is removed and a file
/// already at `path` is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Like [`write_atomic`], with the content written by `write` into a
/// buffered writer on the temporary file, so that a large output (a corpus
/// graph with every article listed) is never held whole in memory.
///
/// # Errors
///
/// As [`write_atomic`], and any error `write` returns.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        let why = format!("directory {} does not exist", dir.display());
        return Err(Error::io(
            path,
            io::Error::new(io::ErrorKind::NotFound, why),
        ));
    }
    let tmp = temporary_path(path);
    let result = (|| {
        let f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let mut w = io::BufWriter::with_capacity(1 << 16, f);
        write(&mut w)?;
        let f = w.into_inner().map_err(io::IntoInnerError::into_error)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        // The temporary file may not exist (creation failed); either way it
        // must not stay behind.
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

fn temporary_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn missing_directory_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("nope/out.json");
        let err = write_atomic(&p, b"x").unwrap_err().to_string();
        assert!(err.contains("nope/out.json"), "{err}");
        assert!(err.contains("does not exist"), "{err}");
    }

    #[test]
    fn a_failed_rename_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // A non-empty directory where the file should go: the write works,
        // the rename cannot.
        let p = dir.path().join("out.json");
        fs::create_dir(&p).unwrap();
        fs::write(p.join("keep"), b"old").unwrap();
        let err = write_atomic(&p, b"new").unwrap_err().to_string();
        assert!(err.contains("out.json"), "{err}");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.json"], "temporary file left behind");
        assert_eq!(fs::read(p.join("keep")).unwrap(), b"old");
    }

    #[test]
    fn a_bare_file_name_goes_to_the_current_directory() {
        assert_eq!(
            temporary_path(Path::new("g.json")),
            Path::new(&format!(".g.json.{}.tmp", std::process::id()))
        );
    }
}
