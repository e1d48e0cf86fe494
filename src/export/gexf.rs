//! GEXF 1.3 with time, for Gephi's timeline and `networkx.read_gexf`.
//!
//! The graph is dynamic (`mode="dynamic"`, dates as `YYYY-MM-DD`): each edge
//! has one spell per date on which an article states it, and starts at the
//! first; each actor starts with its first dated edge. Articles without a
//! date give no spell. Undirected types are marked by a `directed`
//! attribute, not GEXF's per-edge `type`, which networkx refuses in a
//! directed graph.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    io,
};

use super::xml::escape;
use crate::{dictionary::Dictionaries, graph::ActorGraph};

/// Writes `graph` as dynamic GEXF 1.3.
///
/// # Errors
///
/// Any error from `out`.
pub fn write_gexf<W: io::Write>(
    graph: &ActorGraph,
    dicts: &Dictionaries,
    mut out: W,
) -> io::Result<()> {
    let dates: HashMap<&str, &str> = graph
        .articles()
        .iter()
        .filter_map(|a| Some((a.id.as_str(), a.date.as_deref()?)))
        .collect();
    let edges = graph.edges(dicts);
    let mut node_start: BTreeMap<&str, &str> = BTreeMap::new();
    let spells: Vec<BTreeSet<&str>> = edges
        .iter()
        .map(|(t, e)| {
            let set: BTreeSet<&str> = e
                .evidence
                .iter()
                .filter_map(|v| dates.get(v.article.as_str()).copied())
                .collect();
            if let Some(&first) = set.first() {
                for id in [&dicts.actor(t.source).id, &dicts.actor(t.target).id] {
                    let start = node_start.entry(id.as_str()).or_insert(first);
                    *start = (*start).min(first);
                }
            }
            set
        })
        .collect();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(
        out,
        r#"  <meta><creator>actorgraph {}</creator></meta>"#,
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        out,
        r#"  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">"#
    )?;
    writeln!(out, r#"    <attributes class="node" mode="static">"#)?;
    writeln!(
        out,
        r#"      <attribute id="kind" title="kind" type="string"/>"#
    )?;
    writeln!(
        out,
        r#"      <attribute id="mentions" title="mentions" type="integer"/>"#
    )?;
    writeln!(out, "    </attributes>")?;
    writeln!(out, r#"    <attributes class="edge" mode="static">"#)?;
    writeln!(
        out,
        r#"      <attribute id="type" title="type" type="string"/>"#
    )?;
    writeln!(
        out,
        r#"      <attribute id="articles" title="articles" type="integer"/>"#
    )?;
    writeln!(
        out,
        r#"      <attribute id="directed" title="directed" type="boolean"/>"#
    )?;
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <nodes>")?;
    for n in graph.nodes(dicts) {
        let a = dicts.actor(n.actor);
        let start = node_start
            .get(a.id.as_str())
            .map(|d| format!(r#" start="{d}""#))
            .unwrap_or_default();
        writeln!(
            out,
            r#"      <node id="{}" label="{}"{start}>"#,
            escape(&a.id),
            escape(&a.label)
        )?;
        writeln!(
            out,
            r#"        <attvalues><attvalue for="kind" value="{}"/><attvalue for="mentions" value="{}"/></attvalues>"#,
            a.kind.as_str(),
            n.mentions
        )?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    for (i, ((t, e), spells)) in edges.iter().zip(&spells).enumerate() {
        let start = spells
            .first()
            .map(|d| format!(r#" start="{d}""#))
            .unwrap_or_default();
        writeln!(
            out,
            r#"      <edge id="{i}" source="{}" target="{}" label="{}" weight="{}"{start}>"#,
            escape(&dicts.actor(t.source).id),
            escape(&dicts.actor(t.target).id),
            t.kind.as_str(),
            e.weight
        )?;
        writeln!(
            out,
            r#"        <attvalues><attvalue for="type" value="{}"/><attvalue for="articles" value="{}"/><attvalue for="directed" value="{}"/></attvalues>"#,
            t.kind.as_str(),
            e.articles,
            t.kind.is_directed()
        )?;
        if !spells.is_empty() {
            writeln!(out, "        <spells>")?;
            for d in spells {
                writeln!(out, r#"          <spell start="{d}" end="{d}"/>"#)?;
            }
            writeln!(out, "        </spells>")?;
        }
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}
