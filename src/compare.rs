//! Comparing graphs: which actors and relations appeared, disappeared, or
//! changed weight between two articles, corpora or saved graphs.
//!
//! Both sides are first reduced to a [`Snapshot`]: actors and edges keyed by
//! string ids, so that a graph saved as JSON months ago compares with one
//! extracted today even if the dictionaries changed in between. [`diff`]
//! then sorts every actor and edge into appeared, disappeared, changed
//! (weight or article count differ) or kept. A [`Diff`] writes itself as a
//! table for the terminal, as JSON, or as DOT in which new, gone, changed
//! and kept edges are drawn differently.
//!
//! This module does not extract or read files; the caller builds snapshots.

use std::{collections::BTreeMap, io};

use serde::Serialize;
use serde_json::Value;

use crate::{
    dictionary::Dictionaries,
    export::quote,
    graph::{ActorGraph, ArticleInfo},
};

/// An edge's identity: source, type, target (undirected types in id order).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct EdgeKey {
    /// The giver, member or first side.
    pub source: String,
    /// The relation type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The receiver, organisation or second side.
    pub target: String,
}

/// What a snapshot knows of an edge.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EdgeFacts {
    /// Whether the type has a direction.
    pub directed: bool,
    /// Pieces of evidence.
    pub weight: usize,
    /// Articles that state it.
    pub articles: usize,
    /// The first evidence sentence, if any was kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_evidence: Option<String>,
}

/// What a snapshot knows of an actor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ActorFacts {
    /// Display label.
    pub label: String,
    /// Kind (state, organisation, armed-group).
    pub kind: String,
    /// Mentions.
    pub mentions: usize,
}

/// A graph reduced to what comparison needs, keyed by string ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// The articles behind it.
    pub articles: Vec<ArticleInfo>,
    /// Actors by id.
    pub actors: BTreeMap<String, ActorFacts>,
    /// Edges by key.
    pub edges: BTreeMap<EdgeKey, EdgeFacts>,
}

impl Snapshot {
    /// The snapshot of an extracted graph.
    pub fn from_graph(graph: &ActorGraph, dicts: &Dictionaries) -> Snapshot {
        let actors = graph
            .nodes(dicts)
            .into_iter()
            .map(|n| {
                let a = dicts.actor(n.actor);
                let facts = ActorFacts {
                    label: a.label.clone(),
                    kind: a.kind.as_str().to_string(),
                    mentions: n.mentions,
                };
                (a.id.clone(), facts)
            })
            .collect();
        let edges = graph
            .edges(dicts)
            .into_iter()
            .map(|(t, e)| {
                let key = EdgeKey {
                    source: dicts.actor(t.source).id.clone(),
                    kind: t.kind.as_str().to_string(),
                    target: dicts.actor(t.target).id.clone(),
                };
                let facts = EdgeFacts {
                    directed: t.kind.is_directed(),
                    weight: e.weight,
                    articles: e.articles,
                    first_evidence: e.evidence.first().map(|v| v.text.clone()),
                };
                (key, facts)
            })
            .collect();
        Snapshot {
            articles: graph.articles().to_vec(),
            actors,
            edges,
        }
    }

    /// Reads a graph saved by `actorgraph extract --format json` (node-link
    /// JSON; `links` is accepted for `edges`).
    ///
    /// # Errors
    ///
    /// A message saying what is missing or malformed.
    pub fn from_json(text: &str) -> Result<Snapshot, String> {
        let doc: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let str_of = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let num_of = |v: &Value, k: &str| v.get(k).and_then(Value::as_u64).map(|n| n as usize);
        let nodes = doc
            .get("nodes")
            .and_then(Value::as_array)
            .ok_or("no \"nodes\" list")?;
        let edges = doc
            .get("edges")
            .or_else(|| doc.get("links"))
            .and_then(Value::as_array)
            .ok_or("no \"edges\" list")?;
        let mut snap = Snapshot::default();
        for n in nodes {
            let id = str_of(n, "id").ok_or("a node has no string \"id\"")?;
            let facts = ActorFacts {
                label: str_of(n, "label").unwrap_or_else(|| id.clone()),
                kind: str_of(n, "kind").unwrap_or_default(),
                mentions: num_of(n, "mentions").unwrap_or(0),
            };
            snap.actors.insert(id, facts);
        }
        for e in edges {
            let kind = str_of(e, "type")
                .or_else(|| str_of(e, "key"))
                .ok_or("an edge has no \"type\"")?;
            let key = EdgeKey {
                source: str_of(e, "source").ok_or("an edge has no \"source\"")?,
                kind,
                target: str_of(e, "target").ok_or("an edge has no \"target\"")?,
            };
            let evidence = e.get("evidence").and_then(Value::as_array);
            let facts = EdgeFacts {
                directed: e.get("directed").and_then(Value::as_bool).unwrap_or(true),
                weight: num_of(e, "weight").unwrap_or_else(|| evidence.map_or(1, Vec::len)),
                articles: num_of(e, "articles").unwrap_or(1),
                first_evidence: evidence
                    .and_then(|v| v.first())
                    .and_then(|v| str_of(v, "text")),
            };
            snap.edges.insert(key, facts);
        }
        if let Some(arts) = doc.pointer("/graph/articles").and_then(Value::as_array) {
            snap.articles = arts
                .iter()
                .filter_map(|a| match a {
                    Value::String(id) => Some(ArticleInfo {
                        id: id.clone(),
                        date: None,
                    }),
                    other => Some(ArticleInfo {
                        id: str_of(other, "id")?,
                        date: str_of(other, "date"),
                    }),
                })
                .collect();
        }
        Ok(snap)
    }
}

/// How an edge fared from one side to the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Only in the second.
    Appeared,
    /// Only in the first.
    Disappeared,
    /// In both, with a different weight or article count.
    Changed,
    /// In both, the same.
    Kept,
}

impl Change {
    fn mark(self) -> &'static str {
        match self {
            Change::Appeared => "+",
            Change::Disappeared => "-",
            Change::Changed => "~",
            Change::Kept => "=",
        }
    }
}

/// One edge of a comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EdgeChange {
    /// What happened to it.
    pub change: Change,
    /// Which edge.
    #[serde(flatten)]
    pub key: EdgeKey,
    /// Its facts in the first graph.
    pub before: Option<EdgeFacts>,
    /// Its facts in the second graph.
    pub after: Option<EdgeFacts>,
}

/// The difference between two snapshots.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Actors only in the second.
    pub actors_appeared: Vec<String>,
    /// Actors only in the first.
    pub actors_disappeared: Vec<String>,
    /// Every edge of either side, sorted by change then key.
    pub edges: Vec<EdgeChange>,
    #[serde(skip)]
    actors: BTreeMap<String, ActorFacts>,
}

/// Compares `a` (before) with `b` (after).
pub fn diff(a: &Snapshot, b: &Snapshot) -> Diff {
    let mut d = Diff::default();
    for (id, facts) in &b.actors {
        if !a.actors.contains_key(id) {
            d.actors_appeared.push(id.clone());
        }
        d.actors.insert(id.clone(), facts.clone());
    }
    for (id, facts) in &a.actors {
        if !b.actors.contains_key(id) {
            d.actors_disappeared.push(id.clone());
            d.actors.insert(id.clone(), facts.clone());
        }
    }
    let keys: std::collections::BTreeSet<&EdgeKey> = a.edges.keys().chain(b.edges.keys()).collect();
    for key in keys {
        let (before, after) = (a.edges.get(key).cloned(), b.edges.get(key).cloned());
        let change = match (&before, &after) {
            (None, _) => Change::Appeared,
            (_, None) => Change::Disappeared,
            (Some(x), Some(y)) if (x.weight, x.articles) != (y.weight, y.articles) => {
                Change::Changed
            }
            _ => Change::Kept,
        };
        d.edges.push(EdgeChange {
            change,
            key: key.clone(),
            before,
            after,
        });
    }
    d.edges
        .sort_by(|x, y| (x.change, &x.key).cmp(&(y.change, &y.key)));
    d
}

impl Diff {
    /// The edges with a given change.
    pub fn with(&self, change: Change) -> impl Iterator<Item = &EdgeChange> {
        self.edges.iter().filter(move |e| e.change == change)
    }

    /// Writes a table for people: one line per actor change and per edge.
    ///
    /// # Errors
    ///
    /// Any error from `out`.
    pub fn write_text<W: io::Write>(&self, a: &str, b: &str, mut out: W) -> io::Result<()> {
        writeln!(out, "compare {a} -> {b}")?;
        let count = |c| self.with(c).count();
        writeln!(
            out,
            "edges: {} appeared, {} disappeared, {} changed, {} kept; actors: {} appeared, {} disappeared\n",
            count(Change::Appeared),
            count(Change::Disappeared),
            count(Change::Changed),
            count(Change::Kept),
            self.actors_appeared.len(),
            self.actors_disappeared.len()
        )?;
        for id in &self.actors_appeared {
            writeln!(out, "+ actor  {id:<8} {}", self.label(id))?;
        }
        for id in &self.actors_disappeared {
            writeln!(out, "- actor  {id:<8} {}", self.label(id))?;
        }
        if !self.actors_appeared.is_empty() || !self.actors_disappeared.is_empty() {
            writeln!(out)?;
        }
        let width = |f: fn(&EdgeKey) -> &str, header: &str| {
            self.edges
                .iter()
                .map(|e| f(&e.key).chars().count())
                .chain([header.len()])
                .max()
                .unwrap_or(0)
        };
        let (ws, wk, wt) = (
            width(|k| &k.source, "source"),
            width(|k| &k.kind, "type"),
            width(|k| &k.target, "target"),
        );
        writeln!(
            out,
            "  {:<ws$}  {:<wk$}  {:<wt$}  weight       articles",
            "source", "type", "target"
        )?;
        for e in &self.edges {
            let w = |f: &Option<EdgeFacts>, g: fn(&EdgeFacts) -> usize| {
                f.as_ref().map_or("-".to_string(), |x| g(x).to_string())
            };
            let (wb, wa) = (w(&e.before, |x| x.weight), w(&e.after, |x| x.weight));
            let (ab, aa) = (w(&e.before, |x| x.articles), w(&e.after, |x| x.articles));
            writeln!(
                out,
                "{} {:<ws$}  {:<wk$}  {:<wt$}  {:>3} -> {:<3}   {:>3} -> {:<3}",
                e.change.mark(),
                e.key.source,
                e.key.kind,
                e.key.target,
                wb,
                wa,
                ab,
                aa
            )?;
        }
        Ok(())
    }

    /// Writes the comparison as pretty JSON.
    ///
    /// # Errors
    ///
    /// Any error from `out`.
    pub fn write_json<W: io::Write>(&self, a: &str, b: &str, mut out: W) -> io::Result<()> {
        #[derive(Serialize)]
        struct Doc<'a> {
            schema_version: u32,
            before: &'a str,
            after: &'a str,
            #[serde(flatten)]
            diff: &'a Diff,
        }
        let doc = Doc {
            schema_version: crate::export::SCHEMA_VERSION,
            before: a,
            after: b,
            diff: self,
        };
        serde_json::to_writer_pretty(&mut out, &doc)?;
        out.write_all(b"\n")
    }

    /// Writes DOT: new edges green and bold, gone edges red and dashed,
    /// changed edges blue with their weights, kept edges grey; new actors
    /// green, gone actors dashed.
    ///
    /// # Errors
    ///
    /// Any error from `out`.
    pub fn write_dot<W: io::Write>(&self, a: &str, b: &str, mut out: W) -> io::Result<()> {
        writeln!(out, "digraph comparison {{")?;
        let title = format!("{a} -> {b}\n+ appeared  - disappeared  ~ changed  = kept");
        writeln!(
            out,
            "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, labelloc=t, label={}];",
            quote(&title)
        )?;
        writeln!(
            out,
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, fillcolor=\"#eeeeee\"];"
        )?;
        writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
        for (id, facts) in &self.actors {
            let style = if self.actors_appeared.contains(id) {
                "fillcolor=\"#c8e6c9\", color=\"#2e7d32\", penwidth=2"
            } else if self.actors_disappeared.contains(id) {
                "style=\"rounded,dashed\", color=\"#c62828\", fontcolor=\"#c62828\""
            } else {
                "color=\"#777777\""
            };
            writeln!(
                out,
                "  {} [label={}, {style}];",
                quote(id),
                quote(&facts.label)
            )?;
        }
        for e in &self.edges {
            let weight = |f: &Option<EdgeFacts>| f.as_ref().map_or(0, |x| x.weight);
            let (label, style) = match e.change {
                Change::Appeared => (
                    format!("+{} ({})", e.key.kind, weight(&e.after)),
                    "color=\"#2e7d32\", fontcolor=\"#2e7d32\", penwidth=3, style=bold",
                ),
                Change::Disappeared => (
                    format!("-{} ({})", e.key.kind, weight(&e.before)),
                    "color=\"#c62828\", fontcolor=\"#c62828\", style=dashed",
                ),
                Change::Changed => (
                    format!(
                        "~{} ({}->{})",
                        e.key.kind,
                        weight(&e.before),
                        weight(&e.after)
                    ),
                    "color=\"#1565c0\", fontcolor=\"#1565c0\", penwidth=2",
                ),
                Change::Kept => (
                    format!("{} ({})", e.key.kind, weight(&e.after)),
                    "color=\"#9e9e9e\", fontcolor=\"#757575\"",
                ),
            };
            let directed = e
                .after
                .as_ref()
                .or(e.before.as_ref())
                .is_some_and(|f| f.directed);
            writeln!(
                out,
                "  {} -> {} [label={}, {style}, dir={}];",
                quote(&e.key.source),
                quote(&e.key.target),
                quote(&label),
                if directed { "forward" } else { "none" }
            )?;
        }
        writeln!(out, "}}")
    }

    fn label(&self, id: &str) -> &str {
        self.actors.get(id).map_or("", |a| a.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(edges: &[(&str, &str, &str, usize)]) -> Snapshot {
        let mut s = Snapshot::default();
        for &(a, k, b, w) in edges {
            for id in [a, b] {
                s.actors.insert(
                    id.to_string(),
                    ActorFacts {
                        label: id.to_string(),
                        ..ActorFacts::default()
                    },
                );
            }
            let key = EdgeKey {
                source: a.into(),
                kind: k.into(),
                target: b.into(),
            };
            s.edges.insert(
                key,
                EdgeFacts {
                    weight: w,
                    articles: 1,
                    ..EdgeFacts::default()
                },
            );
        }
        s
    }

    #[test]
    fn sorts_edges_into_appeared_disappeared_changed_kept() {
        let a = snap(&[
            ("RUS", "support", "MLI", 1),
            ("MLI", "tension", "FRA", 2),
            ("AES", "tension", "ECOWAS", 1),
        ]);
        let b = snap(&[
            ("RUS", "support", "MLI", 3),
            ("MLI", "tension", "FRA", 2),
            ("NER", "membership", "AES", 1),
        ]);
        let d = diff(&a, &b);
        let of = |c| {
            d.with(c)
                .map(|e| format!("{} {} {}", e.key.source, e.key.kind, e.key.target))
                .collect::<Vec<_>>()
        };
        assert_eq!(of(Change::Appeared), ["NER membership AES"]);
        assert_eq!(of(Change::Disappeared), ["AES tension ECOWAS"]);
        assert_eq!(of(Change::Changed), ["RUS support MLI"]);
        assert_eq!(of(Change::Kept), ["MLI tension FRA"]);
        assert_eq!(d.actors_appeared, ["NER"]);
        assert_eq!(d.actors_disappeared, ["ECOWAS"]);
    }

    #[test]
    fn json_round_trip_through_a_snapshot() {
        let x = crate::Extractor::new(Dictionaries::builtin());
        let text = "La Russie soutient le Mali.";
        let mut g = ActorGraph::new();
        g.add_article(&x.analyse("a.txt", text), text);
        let mut json = Vec::new();
        crate::export::write_json(&g, x.dictionaries(), &mut json).unwrap();
        let from_json = Snapshot::from_json(std::str::from_utf8(&json).unwrap()).unwrap();
        assert_eq!(from_json, Snapshot::from_graph(&g, x.dictionaries()));
    }

    #[test]
    fn bad_json_says_what_is_wrong() {
        assert!(
            Snapshot::from_json("{")
                .unwrap_err()
                .starts_with("not JSON")
        );
        assert_eq!(
            Snapshot::from_json("{\"edges\": []}").unwrap_err(),
            "no \"nodes\" list"
        );
    }
}
