//! GraphML, for yEd, Cytoscape and `networkx.read_graphml`.
//!
//! One `<edge>` per relation, with its type, weight, article count,
//! direction and first evidence sentence as typed `<data>`; the graph is
//! directed (undirected types carry `directed=false`), and parallel edges of
//! different types are kept, so read it with
//! `networkx.read_graphml(path, force_multigraph=True)`.

use std::io;

use super::xml::escape;
use crate::{dictionary::Dictionaries, graph::ActorGraph};

/// Writes `graph` as GraphML.
///
/// # Errors
///
/// Any error from `out`.
pub fn write_graphml<W: io::Write>(
    graph: &ActorGraph,
    dicts: &Dictionaries,
    mut out: W,
) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, on, name, ty) in [
        ("n_label", "node", "label", "string"),
        ("n_kind", "node", "kind", "string"),
        ("n_mentions", "node", "mentions", "int"),
        ("n_articles", "node", "articles", "int"),
        ("e_type", "edge", "type", "string"),
        ("e_weight", "edge", "weight", "int"),
        ("e_articles", "edge", "articles", "int"),
        ("e_directed", "edge", "directed", "boolean"),
        ("e_evidence", "edge", "first_evidence", "string"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="actorgraph" edgedefault="directed">"#)?;
    for n in graph.nodes(dicts) {
        let a = dicts.actor(n.actor);
        writeln!(out, r#"    <node id="{}">"#, escape(&a.id))?;
        writeln!(
            out,
            r#"      <data key="n_label">{}</data>"#,
            escape(&a.label)
        )?;
        writeln!(
            out,
            r#"      <data key="n_kind">{}</data>"#,
            a.kind.as_str()
        )?;
        writeln!(out, r#"      <data key="n_mentions">{}</data>"#, n.mentions)?;
        writeln!(out, r#"      <data key="n_articles">{}</data>"#, n.articles)?;
        writeln!(out, "    </node>")?;
    }
    for (t, e) in graph.edges(dicts) {
        let (s, g) = (
            escape(&dicts.actor(t.source).id),
            escape(&dicts.actor(t.target).id),
        );
        writeln!(
            out,
            r#"    <edge id="{s}|{}|{g}" source="{s}" target="{g}">"#,
            t.kind.as_str()
        )?;
        writeln!(
            out,
            r#"      <data key="e_type">{}</data>"#,
            t.kind.as_str()
        )?;
        writeln!(out, r#"      <data key="e_weight">{}</data>"#, e.weight)?;
        writeln!(out, r#"      <data key="e_articles">{}</data>"#, e.articles)?;
        writeln!(
            out,
            r#"      <data key="e_directed">{}</data>"#,
            t.kind.is_directed()
        )?;
        if let Some(v) = e.evidence.first() {
            writeln!(
                out,
                r#"      <data key="e_evidence">{}</data>"#,
                escape(&v.text)
            )?;
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}
