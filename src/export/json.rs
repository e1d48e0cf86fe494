//! Node-link JSON, as `networkx.node_link_graph` reads it.
//!
//! The document is a directed multigraph (`"directed": true, "multigraph":
//! true`): parallel edges of different types between two actors are kept,
//! each with its type as `"key"`. Undirected types carry `"directed": false`
//! on the edge so that a reader can symmetrise them. Every edge is a flat
//! record (`source`, `target`, `type`, `weight`, ...) plus its `evidence`
//! list, so `pandas.DataFrame.from_records(doc["edges"])` gives an edge table.

use std::io::{self, Write};

use serde::Serialize;

use crate::{dictionary::Dictionaries, graph::ActorGraph};

/// Version of the JSON layout; bumped when a field changes meaning or goes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphInfo<'a>,
    nodes: Vec<NodeOut<'a>>,
    edges: Vec<EdgeOut<'a>>,
}

#[derive(Serialize)]
struct GraphInfo<'a> {
    schema_version: u32,
    generator: String,
    articles: ArticlesOut<'a>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    id: &'a str,
    date: Option<&'a str>,
}

/// The article list, written as it is read: a corpus can have millions.
struct ArticlesOut<'a>(&'a [crate::graph::ArticleInfo]);

impl Serialize for ArticlesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|a| ArticleOut {
            id: &a.id,
            date: a.date.as_deref(),
        }))
    }
}

#[derive(Serialize)]
struct NodeOut<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'a str,
    mentions: usize,
    articles: usize,
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    source: &'a str,
    target: &'a str,
    key: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    directed: bool,
    weight: usize,
    articles: usize,
    evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    article: &'a str,
    sentence: usize,
    /// Where the sentence starts, in bytes of the article file as the user
    /// has it (see `cue_start` for transcoded files and byte order marks).
    sentence_start: usize,
    /// Where the sentence ends (exclusive), in bytes of the file.
    sentence_end: usize,
    cue: &'a str,
    /// Where the cue starts, in bytes of the article file as the user has
    /// it, so that `file[cue_start..cue_end]` holds the cue: a UTF-8 byte
    /// order mark counts its 3 bytes, a Windows-1252 (Latin-1) file one byte
    /// per character, UTF-16 two bytes per code unit, and a byte replaced
    /// with U+FFFD the bytes it replaced. For text given as a string (the
    /// library's `Extractor::analyse`), offsets are bytes of that string.
    cue_start: usize,
    /// Where the cue ends (exclusive), in bytes of the file.
    cue_end: usize,
    rule: &'a str,
    text: &'a str,
}

/// Writes `graph` as pretty-printed node-link JSON, ending with a newline.
///
/// # Errors
///
/// Any error from `out`.
pub fn write_json<W: io::Write>(
    graph: &ActorGraph,
    dicts: &Dictionaries,
    mut out: W,
) -> io::Result<()> {
    let nodes = graph
        .nodes(dicts)
        .into_iter()
        .map(|n| {
            let a = dicts.actor(n.actor);
            NodeOut {
                id: &a.id,
                label: &a.label,
                kind: a.kind.as_str(),
                mentions: n.mentions,
                articles: n.articles,
            }
        })
        .collect();
    let edges = graph
        .edges(dicts)
        .into_iter()
        .map(|(t, e)| EdgeOut {
            source: &dicts.actor(t.source).id,
            target: &dicts.actor(t.target).id,
            key: t.kind.as_str(),
            kind: t.kind.as_str(),
            directed: t.kind.is_directed(),
            weight: e.weight,
            articles: e.articles,
            evidence: e
                .evidence
                .iter()
                .map(|v| EvidenceOut {
                    article: &v.article,
                    sentence: v.sentence,
                    sentence_start: v.sentence_span.start,
                    sentence_end: v.sentence_span.end,
                    cue: &v.cue,
                    cue_start: v.cue_span.start,
                    cue_end: v.cue_span.end,
                    rule: &v.rule,
                    text: &v.text,
                })
                .collect(),
        })
        .collect();
    let doc = Document {
        directed: true,
        multigraph: true,
        graph: GraphInfo {
            schema_version: SCHEMA_VERSION,
            generator: format!("actorgraph {}", env!("CARGO_PKG_VERSION")),
            articles: ArticlesOut(graph.articles()),
        },
        nodes,
        edges,
    };
    // serde_json writes a few bytes at a time: a buffer of our own type
    // keeps those writes inlined even when `out` is a `&mut dyn Write`
    // (each went through its vtable, 3% of a whole extraction).
    let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut out);
    serde_json::to_writer_pretty(&mut buffered, &doc)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}
