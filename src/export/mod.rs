//! Writing a graph out: node-link JSON for networkx and pandas, DOT for
//! Graphviz.
//!
//! Exporters write to any [`std::io::Write`] and never open files, so the
//! caller decides where output goes (a file written atomically, standard
//! output, a buffer in a test). Output is sorted (see [`crate::graph`]), so
//! the same graph always gives the same bytes. To add a format, add a module
//! here with a `write_*` function taking the graph and the dictionaries, and
//! a variant to [`Format`].

mod dot;
mod json;

pub use dot::write_dot;
pub use json::{SCHEMA_VERSION, write_json};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// networkx node-link JSON.
    Json,
    /// Graphviz DOT.
    Dot,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
        }
    }
}
