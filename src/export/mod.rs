//! Writing a graph out: node-link JSON for networkx and pandas, DOT for
//! Graphviz, GraphML, and dynamic GEXF for Gephi's timeline.
//!
//! Exporters write to any [`std::io::Write`] and never open files, so the
//! caller decides where output goes (a file written atomically, standard
//! output, a buffer in a test). Output is sorted (see [`crate::graph`]), so
//! the same graph always gives the same bytes. To add a format, add a module
//! here with a `write_*` function taking the graph and the dictionaries, and
//! a variant to [`Format`].

mod dot;
mod gexf;
mod graphml;
mod json;
mod xml;

pub(crate) use dot::quote;
pub use dot::write_dot;
pub use gexf::write_gexf;
pub use graphml::write_graphml;
pub use json::{SCHEMA_VERSION, write_json};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// networkx node-link JSON.
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML.
    GraphMl,
    /// GEXF 1.3, dynamic (dates as spells).
    Gexf,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::GraphMl => "graphml",
            Format::Gexf => "gexf",
        }
    }

    /// Writes `graph` in this format.
    ///
    /// # Errors
    ///
    /// Any error from `out`.
    pub fn write<W: std::io::Write>(
        self,
        graph: &crate::ActorGraph,
        dicts: &crate::Dictionaries,
        out: W,
    ) -> std::io::Result<()> {
        match self {
            Format::Json => write_json(graph, dicts, out),
            Format::Dot => write_dot(graph, dicts, out),
            Format::GraphMl => write_graphml(graph, dicts, out),
            Format::Gexf => write_gexf(graph, dicts, out),
        }
    }
}
