//! Corpora: which files make up a corpus, when each article was written, and
//! running the extractor over all of them in parallel.
//!
//! [`collect`] turns the paths a user gives into a sorted list of article
//! files: a file is taken as it is, a directory is walked recursively for
//! `*.txt` and `*.md` (or the user's globs), hidden entries skipped, symbolic
//! links followed with loops reported rather than followed forever.
//!
//! [`article_date`] finds an article's date, in this order: a date given by
//! the caller (`--date`), a sidecar file `ARTICLE.meta` with a `date:` line,
//! a front-matter block (`---` lines) with a `date:` line, then the first
//! date in the first ten lines of the text (`2024-04-12`, `12/04/2024`,
//! `12 avril 2024`, `1er avril 2024`, `April 12, 2024`, `12 April 2024`).
//!
//! [`for_each_article`] analyses articles on all cores (rayon) and hands
//! each article's own graph back **in the order of the list**, so a merged
//! graph is the same byte for byte whatever the number of threads. It does
//! not print: problems come back as values for the caller to report.

use std::{
    io::IsTerminal,
    path::{Path, PathBuf},
    sync::OnceLock,
};

use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;
use regex::Regex;

use crate::{
    extractor::Extractor,
    graph::{ActorGraph, ArticleInfo, ArticleSeen},
    input::{self, Opened},
};

/// The patterns a directory walk keeps when the user gives none.
pub const DEFAULT_GLOBS: [&str; 2] = ["*.txt", "*.md"];

/// How many articles are analysed between two merges: large enough to keep
/// every core busy, small enough that per-article graphs never pile up.
const BATCH: usize = 256;

/// A problem with one input; the run goes on without it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The path concerned.
    pub path: PathBuf,
    /// What went wrong.
    pub message: String,
    /// Whether it is an error (the run's exit code says so) or a warning
    /// (a skipped binary file, replaced bytes).
    pub error: bool,
}

/// Lists the article files under `inputs`, in a stable order: inputs in the
/// order given, each directory's files sorted by path. `globs` replaces
/// [`DEFAULT_GLOBS`] for directory walks; files named explicitly are always
/// taken. `-` (standard input) passes through.
///
/// # Errors
///
/// Never fails as a whole: a missing path, an unreadable directory or a
/// symbolic-link loop is a [`Problem`] and the rest is still listed.
pub fn collect(inputs: &[PathBuf], globs: &[String]) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let set = match glob_set(globs) {
        Ok(set) => set,
        Err(message) => {
            problems.push(Problem {
                path: PathBuf::from("--glob"),
                message,
                error: true,
            });
            return (files, problems);
        }
    };
    for input in inputs {
        if input == Path::new("-") || !input.is_dir() {
            // Missing files are reported when read, with the reader's message.
            files.push(input.clone());
            continue;
        }
        let walker = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() && set.is_match(e.file_name()) => {
                    files.push(e.into_path())
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err.path().unwrap_or(input).to_path_buf();
                    let message = if err.loop_ancestor().is_some() {
                        "symbolic link loop, not followed".to_string()
                    } else {
                        err.io_error()
                            .map_or_else(|| err.to_string(), |e| e.to_string())
                    };
                    problems.push(Problem {
                        path,
                        message,
                        error: true,
                    });
                }
            }
        }
    }
    (files, problems)
}

fn glob_set(globs: &[String]) -> Result<GlobSet, String> {
    let mut builder = GlobSetBuilder::new();
    let patterns: Vec<&str> = if globs.is_empty() {
        DEFAULT_GLOBS.to_vec()
    } else {
        globs.iter().map(String::as_str).collect()
    };
    for p in patterns {
        let glob = Glob::new(p).map_err(|e| format!("bad glob {p:?}: {e}"))?;
        builder.add(glob);
    }
    builder.build().map_err(|e| e.to_string())
}

/// The date of an article (`YYYY-MM-DD`), by the rules in the module doc.
/// `given` wins over everything; `path` locates a sidecar `.meta` file.
pub fn article_date(path: &Path, text: &str, given: Option<&str>) -> Option<String> {
    if let Some(d) = given {
        return Some(d.to_string());
    }
    let sidecar = path.as_os_str().to_os_string();
    let sidecar = PathBuf::from({
        let mut s = sidecar;
        s.push(".meta");
        s
    });
    if let Ok(meta) = std::fs::read_to_string(&sidecar)
        && let Some(d) = meta.lines().find_map(date_field)
    {
        return Some(d);
    }
    let mut lines = text.lines();
    if text.starts_with("---") {
        lines.next();
        for line in lines.by_ref() {
            if line.trim() == "---" {
                break;
            }
            if let Some(d) = date_field(line) {
                return Some(d);
            }
        }
    }
    // A date belongs at the top: look at the first ten lines of the first
    // 4 KiB only, and at most 1 KiB of each, so that a file made of one huge
    // line costs nothing here.
    head(text, 4096)
        .lines()
        .take(10)
        .map(|l| head(l, 1024))
        .find_map(find_date)
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char
/// boundary.
fn head(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `date: 2024-04-12` (any recognised date format after the colon).
fn date_field(line: &str) -> Option<String> {
    let (key, value) = line.split_once(':')?;
    (key.trim().eq_ignore_ascii_case("date"))
        .then(|| find_date(value))
        .flatten()
}

/// The first date in `s`, as `YYYY-MM-DD`.
pub fn find_date(s: &str) -> Option<String> {
    // One regex with a branch per format, so that a line is scanned once;
    // the leftmost match wins, and at one place the first branch.
    static DATE: OnceLock<Regex> = OnceLock::new();
    let date = DATE.get_or_init(|| {
        let month = MONTHS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join("|");
        Regex::new(&format!(
            r"(?i)(?-u:\b)(?:(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?:(?-u:\b)|T)|(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/(?P<sy>\d{{4}})(?-u:\b)|(?P<dd>\d{{1,2}})(?:er)?\s+(?P<dm>{month})\.?\s+(?P<dy>\d{{4}})(?-u:\b)|(?P<mm>{month})\.?\s+(?P<md>\d{{1,2}}),?\s+(?P<my>\d{{4}})(?-u:\b))"
        ))
        .expect("valid date pattern")
    });
    let ymd = |y: &str, m: u32, d: &str| -> Option<String> {
        let (y, d): (u32, u32) = (y.parse().ok()?, d.parse().ok()?);
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
    };
    let month_number = |name: &str| {
        let name = name.to_lowercase();
        MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
    };
    // ASCII word boundaries keep the regex crate on its DFA (a Unicode `\b`
    // forbids it); captures run inside the short match only, because over a
    // whole line they clear a backtracking table as large as the line.
    date.find_iter(s).find_map(|m| {
        let c = date.captures(m.as_str())?;
        let group = |name: &str| c.name(name).map(|g| g.as_str());
        if let (Some(y), Some(mo), Some(d)) = (group("iy"), group("im"), group("id")) {
            ymd(y, mo.parse().ok()?, d)
        } else if let (Some(y), Some(mo), Some(d)) = (group("sy"), group("sm"), group("sd")) {
            ymd(y, mo.parse().ok()?, d)
        } else if let (Some(y), Some(mo), Some(d)) = (group("dy"), group("dm"), group("dd")) {
            ymd(y, month_number(mo)?, d)
        } else {
            ymd(group("my")?, month_number(group("mm")?)?, group("md")?)
        }
    })
}

/// Month names in French and English, longest first so that the regex
/// alternation prefers "juillet" to "juil".
const MONTHS: [(&str, u32); 33] = [
    ("septembre", 9),
    ("september", 9),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("february", 2),
    ("november", 11),
    ("december", 12),
    ("janvier", 1),
    ("juillet", 7),
    ("octobre", 10),
    ("january", 1),
    ("october", 10),
    ("février", 2),
    ("fevrier", 2),
    ("august", 8),
    ("avril", 4),
    ("march", 3),
    ("april", 4),
    ("mars", 3),
    ("juin", 6),
    ("june", 6),
    ("july", 7),
    ("août", 8),
    ("aout", 8),
    ("mai", 5),
    ("may", 5),
    ("janv", 1),
    ("févr", 2),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("déc", 12),
];

/// Options for [`for_each_article`].
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// A date for every article, overriding what the files say.
    pub date: Option<String>,
    /// Evidence kept per edge (see [`ActorGraph::with_evidence_cap`]).
    pub evidence_cap: Option<usize>,
    /// Show a progress bar on standard error (only if it is a terminal).
    pub progress: bool,
}

/// Analyses every file in `paths` in parallel and calls `each` with each
/// article's info and graph, in the order of `paths`. Files that cannot be
/// read, or are not text, are skipped and reported to `problem`. The paths
/// are dropped batch by batch as they are done, so that on a corpus of
/// millions of files the list does not stay beside the graph.
pub fn for_each_article(
    extractor: &Extractor,
    paths: Vec<PathBuf>,
    options: &RunOptions,
    mut each: impl FnMut(ArticleInfo, ActorGraph) + Send,
    mut problem: impl FnMut(Problem) + Send,
) {
    let bar = progress_bar(paths.len(), options.progress);
    let mut deliver = |results: Vec<Analysed>| {
        for r in results {
            match r {
                Ok((info, graph, warning)) => {
                    if let Some(w) = warning {
                        problem(w);
                    }
                    each(info, graph);
                }
                Err(p) => problem(p),
            }
            if let Some(bar) = &bar {
                bar.inc(1);
            }
        }
    };
    // While one batch is analysed, the one before is handed over: the
    // merge is serial, and would otherwise leave the other cores idle.
    let mut previous: Option<Vec<Analysed>> = None;
    // Batches are taken from the end of the reversed list, which shrinks as
    // it empties: a million paths do not stay to the end of the run.
    let mut paths = paths;
    paths.reverse();
    while !paths.is_empty() {
        let mut batch = paths.split_off(paths.len().saturating_sub(BATCH));
        batch.reverse();
        if paths.capacity() > 2 * paths.len() + BATCH {
            paths.shrink_to_fit();
        }
        let (results, ()) = rayon::join(
            || {
                batch
                    .into_par_iter()
                    .map(|path| analyse_file(extractor, path, options))
                    .collect::<Vec<Analysed>>()
            },
            || {
                if let Some(done) = previous.take() {
                    deliver(done);
                }
            },
        );
        previous = Some(results);
    }
    if let Some(done) = previous {
        deliver(done);
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
}

/// One article's graph and a warning about its input, or why it was skipped.
type Analysed = Result<(ArticleInfo, ActorGraph, Option<Problem>), Problem>;

fn analyse_file(extractor: &Extractor, owned: PathBuf, options: &RunOptions) -> Analysed {
    // The article's id, kept to the end of the run, reuses the path's own
    // allocation, made on the thread that listed the files: on a corpus of
    // millions of files the freed paths then make room for the ids.
    let path = owned.as_path().to_path_buf();
    let path = path.as_path();
    let id = if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        owned
            .into_os_string()
            .into_string()
            .unwrap_or_else(|p| p.to_string_lossy().into_owned())
    };
    let problem = |message: String, error: bool| Problem {
        path: path.to_path_buf(),
        message,
        error,
    };
    // The problem names the path already; say only what went wrong.
    let io_problem = |e: crate::Error| match e {
        crate::Error::Io { source, .. } => problem(source.to_string(), true),
        e => problem(e.to_string(), true),
    };
    let mut reader = match input::open(path) {
        Ok(Opened::Text(reader)) => reader,
        Ok(Opened::Binary(why)) => return Err(problem(format!("skipped: {why}"), false)),
        Err(e) => return Err(io_problem(e)),
    };
    // The article streams through in windows, so a file of any size costs
    // the memory of one window plus the graph; the date is looked for at
    // the top of the first window.
    let mut graph = ActorGraph::with_evidence_cap(options.evidence_cap);
    let mut seen = ArticleSeen::default();
    let mut date = None;
    let mut first = true;
    extractor
        .analyse_reader(&id, &mut reader, |part| {
            if first {
                first = false;
                date = article_date(path, part.window(), options.date.as_deref());
            }
            graph.add_part(&part, &mut seen);
        })
        .map_err(|e| io_problem(crate::Error::io(path, e)))?;
    if first {
        // No sentence at all: a date can still come from a flag or sidecar.
        date = article_date(path, "", options.date.as_deref());
    }
    let info = ArticleInfo { id, date };
    let returned = info.clone();
    graph.finish_article(info, seen);
    let warning = reader.warning().map(|w| problem(w, false));
    Ok((returned, graph, warning))
}

fn progress_bar(len: usize, wanted: bool) -> Option<indicatif::ProgressBar> {
    if !wanted || len < 2 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {pos}/{len} articles [{elapsed_precise}] {wide_bar} {per_sec} eta {eta}",
    ) {
        bar.set_style(style);
    }
    Some(bar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_french_and_english() {
        assert_eq!(
            find_date("Publié le 12 avril 2024 à Niamey").as_deref(),
            Some("2024-04-12")
        );
        assert_eq!(
            find_date("le 1er juillet 2024").as_deref(),
            Some("2024-07-01")
        );
        assert_eq!(
            find_date("Niamey, July 6, 2024 -").as_deref(),
            Some("2024-07-06")
        );
        assert_eq!(find_date("6 July 2024").as_deref(), Some("2024-07-06"));
        assert_eq!(find_date("2025-01-29T10:00").as_deref(), Some("2025-01-29"));
        assert_eq!(find_date("29/01/2025").as_deref(), Some("2025-01-29"));
        assert_eq!(find_date("le 3 sept. 2023").as_deref(), Some("2023-09-03"));
        assert_eq!(find_date("no date here, 5 000 soldiers"), None);
        assert_eq!(find_date("2024-13-40"), None);
    }

    #[test]
    fn earliest_date_in_the_line_wins() {
        assert_eq!(
            find_date("6 July 2024, updated 2024-07-08").as_deref(),
            Some("2024-07-06")
        );
    }

    #[test]
    fn front_matter_then_first_lines() {
        let p = Path::new("/nonexistent/a.txt");
        let fm = "---\ntitle: x\ndate: 2024-01-28\n---\nLe 3 mars 2023, ...";
        assert_eq!(article_date(p, fm, None).as_deref(), Some("2024-01-28"));
        assert_eq!(
            article_date(p, "Titre\nLe 3 mars 2023, ...", None).as_deref(),
            Some("2023-03-03")
        );
        assert_eq!(
            article_date(p, fm, Some("2020-01-01")).as_deref(),
            Some("2020-01-01")
        );
    }

    #[test]
    fn sidecar_overrides_the_text() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, "2024-01-01 text").unwrap();
        std::fs::write(
            dir.path().join("a.txt.meta"),
            "source: x\ndate: 2025-02-03\n",
        )
        .unwrap();
        assert_eq!(
            article_date(&a, "2024-01-01 text", None).as_deref(),
            Some("2025-02-03")
        );
    }

    #[test]
    fn walks_directories_sorted_with_default_globs() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("sub")).unwrap();
        for f in ["b.txt", "a.md", "c.html", "sub/z.txt", ".hidden.txt"] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        let (files, problems) = collect(&[d.to_path_buf()], &[]);
        let names: Vec<_> = files
            .iter()
            .map(|f| f.strip_prefix(d).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.md", "b.txt", "sub/z.txt"]);
        assert!(problems.is_empty());
        let (files, _) = collect(&[d.to_path_buf()], &["*.html".to_string()]);
        assert_eq!(files.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
        let (files, problems) = collect(&[d.to_path_buf()], &[]);
        assert_eq!(files.len(), 1);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("loop"), "{problems:?}");
    }
}
