//! Graphviz DOT.
//!
//! Written by hand rather than with `petgraph::dot`, which labels with
//! `Debug` (extra quotes) and cannot style per relation type. Nodes are
//! coloured by actor kind, edges by relation type; undirected types are
//! drawn without arrowheads (`dir=none`). The graph is a `digraph`, not a
//! `strict digraph`, which would merge parallel edges of different types.

use std::io;

use crate::{
    dictionary::{ActorKind, Dictionaries, RelationKind},
    graph::ActorGraph,
};

/// Writes `graph` as a DOT `digraph`.
///
/// # Errors
///
/// Any error from `out`.
pub fn write_dot<W: io::Write>(
    graph: &ActorGraph,
    dicts: &Dictionaries,
    mut out: W,
) -> io::Result<()> {
    writeln!(out, "digraph actorgraph {{")?;
    writeln!(
        out,
        "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\", fontsize=11, labelloc=t, label={}];",
        quote(&title(graph))
    )?;
    writeln!(
        out,
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, color=\"#555555\"];"
    )?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    for n in graph.nodes(dicts) {
        let a = dicts.actor(n.actor);
        writeln!(
            out,
            "  {} [label={}, fillcolor=\"{}\", tooltip={}];",
            quote(&a.id),
            quote(&a.label),
            kind_colour(a.kind),
            quote(&format!(
                "{} ({}), {} mention{}",
                a.label,
                a.kind.as_str(),
                n.mentions,
                if n.mentions == 1 { "" } else { "s" }
            )),
        )?;
    }
    for (t, e) in graph.edges(dicts) {
        let first = e.evidence.first().map(|v| v.cue.as_str()).unwrap_or("");
        writeln!(
            out,
            "  {} -> {} [label={}, color=\"{}\", fontcolor=\"{}\", penwidth={}, dir={}, tooltip={}];",
            quote(&dicts.actor(t.source).id),
            quote(&dicts.actor(t.target).id),
            quote(&format!("{} ({})", t.kind.as_str(), e.weight)),
            relation_colour(t.kind),
            relation_colour(t.kind),
            1 + e.weight.min(4),
            if t.kind.is_directed() {
                "forward"
            } else {
                "none"
            },
            quote(&format!("{}: {first}", t.kind.as_str())),
        )?;
    }
    writeln!(out, "}}")
}

fn title(graph: &ActorGraph) -> String {
    match graph.articles() {
        [one] => one.id.clone(),
        many => format!("{} articles", many.len()),
    }
}

/// A DOT double-quoted string: backslashes and quotes escaped, line breaks
/// turned into DOT's `\n`. Any other character, accents included, is fine
/// in UTF-8 DOT.
pub(crate) fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\r' => {}
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

fn kind_colour(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::State => "#dbe9f6",
        ActorKind::Organisation => "#fdf0c2",
        ActorKind::ArmedGroup => "#f6d5d5",
    }
}

fn relation_colour(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Support => "#2e7d32",
        RelationKind::Alliance => "#1565c0",
        RelationKind::Tension => "#ef6c00",
        RelationKind::Membership => "#6a1b9a",
        RelationKind::Conflict => "#c62828",
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quotes_escape_backslashes_and_quotes() {
        assert_eq!(quote(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quote("Côte d’Ivoire\nx"), "\"Côte d’Ivoire\\nx\"");
    }
}
