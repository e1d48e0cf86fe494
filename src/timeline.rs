//! A corpus over time: articles in date order, as a long edge table for
//! notebooks and as the changes from one article to the next.
//!
//! [`Timeline`] holds one [`Snapshot`] per article, sorted by date then id
//! (articles without a date last). It writes:
//!
//! * an edge table, one row per (article, edge): `article, date, source,
//!   type, target, weight, first_evidence`, as CSV (`pandas.read_csv`) or
//!   JSON lines (`pandas.read_json(path, lines=True)`);
//! * the changes, one JSON line per article after the first, with the edges
//!   that appeared, disappeared or changed since the article before.
//!
//! It does not extract: the caller gives snapshots.

use std::io;

use serde::Serialize;

use crate::{
    compare::{Change, EdgeKey, Snapshot, diff},
    graph::ArticleInfo,
};

/// Articles of a corpus in date order, each with its own graph.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    entries: Vec<(ArticleInfo, Snapshot)>,
}

#[derive(Serialize)]
struct Row<'a> {
    article: &'a str,
    date: Option<&'a str>,
    source: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    target: &'a str,
    weight: usize,
    first_evidence: &'a str,
}

#[derive(Serialize)]
struct Step<'a> {
    from: &'a str,
    to: &'a str,
    date: Option<&'a str>,
    appeared: Vec<&'a EdgeKey>,
    disappeared: Vec<&'a EdgeKey>,
    changed: Vec<&'a EdgeKey>,
}

impl Timeline {
    /// Sorts `entries` by date, then id; undated articles go last.
    pub fn new(mut entries: Vec<(ArticleInfo, Snapshot)>) -> Timeline {
        entries.sort_by(|(a, _), (b, _)| {
            (a.date.is_none(), &a.date, &a.id).cmp(&(b.date.is_none(), &b.date, &b.id))
        });
        Timeline { entries }
    }

    /// The articles, in order.
    pub fn articles(&self) -> impl Iterator<Item = &ArticleInfo> {
        self.entries.iter().map(|(a, _)| a)
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.entries.iter().flat_map(|(a, snap)| {
            snap.edges.iter().map(move |(k, e)| Row {
                article: &a.id,
                date: a.date.as_deref(),
                source: &k.source,
                kind: &k.kind,
                target: &k.target,
                weight: e.weight,
                first_evidence: e.first_evidence.as_deref().unwrap_or(""),
            })
        })
    }

    /// Writes the edge table as CSV with a header line.
    ///
    /// # Errors
    ///
    /// Any error from `out`.
    pub fn write_csv<W: io::Write>(&self, mut out: W) -> io::Result<()> {
        writeln!(out, "article,date,source,type,target,weight,first_evidence")?;
        for r in self.rows() {
            writeln!(
                out,
                "{},{},{},{},{},{},{}",
                csv_field(r.article),
                r.date.unwrap_or(""),
                csv_field(r.source),
                csv_field(r.kind),
                csv_field(r.target),
                r.weight,
                csv_field(r.first_evidence)
            )?;
        }
        Ok(())
    }

    /// Writes the edge table as JSON lines.
    ///
    /// # Errors
    ///
    /// Any error from `out`.
    pub fn write_jsonl<W: io::Write>(&self, mut out: W) -> io::Result<()> {
        for r in self.rows() {
            serde_json::to_writer(&mut out, &r)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Writes, for each article after the first, one JSON line with the
    /// edges that appeared, disappeared or changed weight since the previous.
    ///
    /// # Errors
    ///
    /// Any error from `out`.
    pub fn write_changes<W: io::Write>(&self, mut out: W) -> io::Result<()> {
        for pair in self.entries.windows(2) {
            let ((a, sa), (b, sb)) = (&pair[0], &pair[1]);
            let d = diff(sa, sb);
            let keys = |c| d.with(c).map(|e| &e.key).collect::<Vec<_>>();
            let step = Step {
                from: &a.id,
                to: &b.id,
                date: b.date.as_deref(),
                appeared: keys(Change::Appeared),
                disappeared: keys(Change::Disappeared),
                changed: keys(Change::Changed),
            };
            serde_json::to_writer(&mut out, &step)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn orders_by_date_then_id_undated_last() {
        let info = |id: &str, date: Option<&str>| ArticleInfo {
            id: id.into(),
            date: date.map(Into::into),
        };
        let t = Timeline::new(vec![
            (info("c", None), Snapshot::default()),
            (info("b", Some("2024-07-06")), Snapshot::default()),
            (info("a", Some("2025-01-29")), Snapshot::default()),
            (info("d", Some("2024-07-06")), Snapshot::default()),
        ]);
        let ids: Vec<_> = t.articles().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b", "d", "a", "c"]);
    }
}
