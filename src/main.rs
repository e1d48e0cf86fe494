//! The `actorgraph` command: parses arguments, calls the library, reports
//! errors. All the work is in the library crate.

use std::{
    io::{self, Write},
    path::{Path, PathBuf},
    process::{Command, ExitCode, Stdio},
};

use actorgraph::{
    ActorGraph, Dictionaries, Error, Extractor, GraphFilter, RelationKind,
    compare::{Snapshot, diff},
    corpus::{self, Problem, RunOptions},
    export::Format,
    output::{write_atomic, write_atomic_with},
    timeline::Timeline,
};
use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

// The pipeline makes a few dozen short-lived allocations per sentence;
// mimalloc serves them in a third of glibc's instructions and without its
// contention between threads (10 MB corpus: -11% time on one thread, -18%
// on two). Without transparent huge pages its fixed cost in memory is a few
// MB instead of some fifty. The binary chooses; the library does not.
#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// mimalloc, asked for plain memory whenever its natural alignment is
/// enough. The `mimalloc` crate asks for every block through
/// `mi_malloc_aligned`, whose checks cost twice the instructions of
/// `mi_malloc`'s fast path; nearly all of our blocks need 8 or 16 bytes.
struct Allocator;

/// What `mi_malloc` guarantees (`MI_MAX_ALIGN_SIZE`) for a block at least
/// as large.
const NATURAL_ALIGN: usize = 16;

fn natural(layout: std::alloc::Layout) -> bool {
    layout.align() <= NATURAL_ALIGN && layout.align() <= layout.size()
}

// SAFETY: each method hands the request to mimalloc, which returns null
// or a block of at least `layout.size()` bytes aligned to `layout.align()`:
// `mi_malloc` when `natural` holds, the aligned calls otherwise. `mi_free`
// frees blocks of either kind.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        unsafe {
            if natural(layout) {
                libmimalloc_sys::mi_malloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        unsafe {
            if natural(layout) {
                libmimalloc_sys::mi_zalloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        unsafe {
            let new = std::alloc::Layout::from_size_align_unchecked(new_size, layout.align());
            if natural(new) {
                libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast()
            } else {
                libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}

const EXIT_CODES: &str = "\
Exit codes:
  0  success; binary files skipped and bytes replaced in bad encodings are warnings only
  1  an input could not be read or an output could not be written (other inputs still processed)
  2  bad usage or invalid dictionaries (nothing is written)

Input: UTF-8 (a byte order mark is skipped), UTF-16 with its byte order mark, or Windows-1252 /
Latin-1, detected per file; evidence offsets are bytes of the file as it is on disk.";

#[derive(Parser)]
#[command(
    name = "actorgraph",
    version,
    about = "Turn news articles into a graph of geopolitical actors and their relations.",
    long_about = "Turn news articles into a graph of geopolitical actors (states, organisations, \
armed groups) and the relations the text states between them (support, alliance, tension, \
membership, conflict), with the sentence and cue behind every edge. French and English.",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Mode,
}

#[derive(Subcommand)]
enum Mode {
    /// Extract the graph of articles, files or directories (merged into one graph).
    #[command(after_help = "Examples:
  actorgraph extract article.txt                      JSON on standard output
  actorgraph extract article.txt --format dot -o g.dot
  actorgraph extract corpus/ -o merged.json           every *.txt and *.md under corpus/
  actorgraph extract corpus/ --glob '*.html'          other files
  actorgraph extract corpus/ --types tension --min-evidence 2 --format dot
  cat article.txt | actorgraph extract                read standard input
  actorgraph extract article.txt --out-dir output     JSON, DOT and SVG in output/

Articles are dated from, in order: --date, a sidecar ARTICLE.meta with a `date:` line, a
front-matter `date:` line, or the first date in the first ten lines of the text.

Files that are not UTF-8 are read as Windows-1252 (Latin-1); binary files (NUL bytes, PDF,
images) are skipped with a warning. Files of any size are read in bounded memory.

Exit codes: 0 success, 1 unreadable input or unwritable output, 2 bad usage or dictionaries.")]
    Extract {
        /// Article files or directories; standard input when none or `-`.
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Json)]
        format: FormatArg,
        /// Write to this file instead of standard output.
        #[arg(long, short, conflicts_with = "out_dir")]
        output: Option<PathBuf>,
        /// Write NAME.json, NAME.dot and (with Graphviz) NAME.svg into this directory.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// Base name of the files written with --out-dir [default: the input's file stem].
        #[arg(long, requires = "out_dir")]
        name: Option<String>,
        /// Keep at most N pieces of evidence per edge (weights still count all); bounds memory.
        #[arg(long, value_name = "N")]
        max_evidence: Option<usize>,
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Compare two articles, corpora (directories) or saved graphs (.json).
    #[command(after_help = "Examples:
  actorgraph compare old.txt new.txt                  table of appeared, disappeared, changed edges
  actorgraph compare january/ february/ --format json
  actorgraph compare before.json after.json --format dot | dot -Tsvg > change.svg

In DOT, new edges are green and bold, gone edges red and dashed, changed edges blue with their
weights, kept edges grey.")]
    Compare {
        /// The first (before): an article, a directory or a graph JSON written by actorgraph.
        before: PathBuf,
        /// The second (after).
        after: PathBuf,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Articles in date order: a long edge table (CSV or JSON lines) or the changes between them.
    #[command(after_help = "Examples:
  actorgraph timeline corpus/ -o edges.csv            pandas.read_csv('edges.csv')
  actorgraph timeline corpus/ --format jsonl          pandas.read_json(path, lines=True)
  actorgraph timeline corpus/ --format changes        what each article adds or drops

Rows: article, date, source, type, target, weight (pieces of evidence in that article),
first_evidence. Undated articles come last.")]
    Timeline {
        /// Article files or directories.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = TimelineFormat::Csv)]
        format: TimelineFormat,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        corpus: CorpusArgs,
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Show, sentence by sentence, the actors, cues and decisions behind the graph.
    #[command(after_help = "Example:
  actorgraph explain article.txt | less

For each sentence: actors found (with the matched text), descriptions and pronouns resolved, each
triple drawn with its rule, and each cue that drew nothing with the reason (negated, inside a name,
out of scope, substitution...).")]
    Explain {
        /// Article file; standard input when absent or `-`.
        file: Option<PathBuf>,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Export or check dictionaries.
    #[command(subcommand)]
    Dictionaries(DictMode),
}

#[derive(Subcommand)]
enum DictMode {
    /// Write the built-in dictionaries into DIR, to edit and use with --dictionaries DIR.
    #[command(
        after_help = "Example:\n  actorgraph dictionaries export my-dicts && $EDITOR my-dicts/actors/states.txt"
    )]
    Export {
        /// Directory to write (created if missing).
        dir: PathBuf,
    },
    /// Check a dictionary directory (the built-in set when DIR is absent); lists every bad line.
    #[command(after_help = "Example:\n  actorgraph dictionaries check my-dicts")]
    Check {
        /// Directory to check.
        dir: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct DictArgs {
    /// Use the dictionaries in DIR instead of the built-in ones (see `dictionaries export`).
    #[arg(long, value_name = "DIR")]
    dictionaries: Option<PathBuf>,
}

#[derive(clap::Args)]
struct CorpusArgs {
    /// In directories, read files matching GLOB instead of *.txt and *.md (repeatable).
    #[arg(long, value_name = "GLOB")]
    glob: Vec<String>,
    /// Threads to use [default: all cores]; the output is the same for any number.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Date every article YYYY-MM-DD (instead of the dates found in the files).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<String>,
}

#[derive(clap::Args)]
struct FilterArgs {
    /// Keep only these relation types (comma-separated).
    #[arg(long, value_delimiter = ',', value_enum)]
    types: Vec<KindArg>,
    /// Keep only edges touching these actor ids (comma-separated, e.g. MLI,RUS).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    actors: Vec<String>,
    /// Keep only edges with at least N pieces of evidence.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_evidence: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// networkx node-link JSON
    Json,
    /// Graphviz DOT
    Dot,
    /// GraphML (networkx.read_graphml, yEd, Cytoscape)
    Graphml,
    /// GEXF 1.3 with dates, for Gephi's timeline
    Gexf,
}

#[derive(Clone, Copy, ValueEnum)]
enum CompareFormat {
    /// a table for the terminal
    Text,
    /// JSON
    Json,
    /// Graphviz DOT, changes coloured
    Dot,
}

#[derive(Clone, Copy, ValueEnum)]
enum TimelineFormat {
    /// edge table, CSV
    Csv,
    /// edge table, JSON lines
    Jsonl,
    /// one JSON line per article: edges appeared, disappeared, changed since the previous
    Changes,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Support,
    Alliance,
    Tension,
    Membership,
    Conflict,
}

impl From<KindArg> for RelationKind {
    fn from(k: KindArg) -> RelationKind {
        match k {
            KindArg::Support => RelationKind::Support,
            KindArg::Alliance => RelationKind::Alliance,
            KindArg::Tension => RelationKind::Tension,
            KindArg::Membership => RelationKind::Membership,
            KindArg::Conflict => RelationKind::Conflict,
        }
    }
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Json => Format::Json,
            FormatArg::Dot => Format::Dot,
            FormatArg::Graphml => Format::GraphMl,
            FormatArg::Gexf => Format::Gexf,
        }
    }
}

fn parse_date(s: &str) -> Result<String, String> {
    match actorgraph::corpus::find_date(s) {
        Some(d) if d == s => Ok(d),
        _ => Err(format!("{s:?} is not a date like 2024-07-06")),
    }
}

/// An error that is the user's to fix (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("actorgraph: {err:#}");
            let usage = err.chain().any(|e| {
                matches!(e.downcast_ref::<Error>(), Some(Error::Dictionary(_)))
                    || e.downcast_ref::<UsageError>().is_some()
            });
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Mode::Extract {
            inputs,
            format,
            output,
            out_dir,
            name,
            max_evidence,
            corpus,
            filter,
            dicts,
        } => {
            let (extractor, graph_filter) = prepare(&dicts, &filter, &corpus)?;
            let inputs = if inputs.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                inputs
            };
            let mut report = Reporter::default();
            let Some(graph) =
                extract_graph(&extractor, &inputs, &corpus, max_evidence, &mut report)
            else {
                return Ok(ExitCode::from(1));
            };
            // Filtering copies the graph; most runs have nothing to filter.
            let graph = if graph_filter.is_empty() {
                graph
            } else {
                graph.filtered(&graph_filter)
            };
            let dicts = extractor.dictionaries();
            if let Some(dir) = out_dir {
                let name = name.unwrap_or_else(|| default_name(&inputs));
                write_all_formats(&graph, dicts, &dir, &name)?;
            } else {
                // Streamed to the file or standard output: a corpus graph
                // lists every article, and need not be held twice.
                let format = Format::from(format);
                emit_with(output.as_deref(), |w| format.write(&graph, dicts, w))?;
            }
            Ok(report.exit_code())
        }
        Mode::Compare {
            before,
            after,
            format,
            output,
            corpus,
            filter,
            dicts,
        } => {
            let (extractor, graph_filter) = prepare(&dicts, &filter, &corpus)?;
            let mut report = Reporter::default();
            let mut side = |path: &Path| -> anyhow::Result<Snapshot> {
                if path.extension().is_some_and(|e| e == "json") && path.is_file() {
                    let text = std::fs::read_to_string(path)
                        .with_context(|| format!("reading {}", path.display()))?;
                    let snap = Snapshot::from_json(&text).map_err(|e| {
                        UsageError(format!(
                            "{}: not a graph written by actorgraph: {e}",
                            path.display()
                        ))
                    })?;
                    return Ok(filter.filter_snapshot(snap));
                }
                let Some(graph) = extract_graph(
                    &extractor,
                    &[path.to_path_buf()],
                    &corpus,
                    None,
                    &mut report,
                ) else {
                    bail!("{}: nothing could be read", path.display());
                };
                Ok(Snapshot::from_graph(
                    &graph.filtered(&graph_filter),
                    extractor.dictionaries(),
                ))
            };
            let (a, b) = (side(&before)?, side(&after)?);
            let d = diff(&a, &b);
            let (na, nb) = (before.display().to_string(), after.display().to_string());
            let mut buf = Vec::new();
            match format {
                CompareFormat::Text => d.write_text(&na, &nb, &mut buf)?,
                CompareFormat::Json => d.write_json(&na, &nb, &mut buf)?,
                CompareFormat::Dot => d.write_dot(&na, &nb, &mut buf)?,
            }
            emit(output.as_deref(), &buf)?;
            Ok(report.exit_code())
        }
        Mode::Timeline {
            inputs,
            format,
            output,
            corpus,
            filter,
            dicts,
        } => {
            let (extractor, graph_filter) = prepare(&dicts, &filter, &corpus)?;
            let mut report = Reporter::default();
            let mut entries = Vec::new();
            let files = collect_files(&inputs, &corpus, &mut report);
            each_article(
                &extractor,
                files,
                &corpus,
                None,
                &mut report,
                |info, graph| {
                    let snap = Snapshot::from_graph(
                        &graph.filtered(&graph_filter),
                        extractor.dictionaries(),
                    );
                    entries.push((info, snap));
                },
            );
            let timeline = Timeline::new(entries);
            let mut buf = Vec::new();
            match format {
                TimelineFormat::Csv => timeline.write_csv(&mut buf)?,
                TimelineFormat::Jsonl => timeline.write_jsonl(&mut buf)?,
                TimelineFormat::Changes => timeline.write_changes(&mut buf)?,
            }
            emit(output.as_deref(), &buf)?;
            Ok(report.exit_code())
        }
        Mode::Explain { file, dicts } => {
            let extractor = Extractor::new(load_dictionaries(&dicts)?).explaining();
            let path = file.unwrap_or_else(|| PathBuf::from("-"));
            let text = match actorgraph::input::read(&path)? {
                actorgraph::input::Decoded::Text(text, warning) => {
                    if let Some(w) = warning {
                        eprintln!("actorgraph: warning: {}: {w}", path.display());
                    }
                    text
                }
                actorgraph::input::Decoded::Skipped(why) => {
                    eprintln!("actorgraph: skipping {}: {why}", path.display());
                    return Ok(ExitCode::from(1));
                }
            };
            let id = if path == Path::new("-") {
                "<stdin>".to_string()
            } else {
                path.display().to_string()
            };
            let article = extractor.analyse(&id, &text);
            let mut buf = Vec::new();
            actorgraph::explain::write_explanation(
                &article,
                &text,
                extractor.dictionaries(),
                &mut buf,
            )?;
            emit(None, &buf)?;
            Ok(ExitCode::SUCCESS)
        }
        Mode::Dictionaries(DictMode::Export { dir }) => {
            let written = Dictionaries::export(&dir)?;
            eprintln!(
                "wrote {} files into {}; use them with --dictionaries {}",
                written.len(),
                dir.display(),
                dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Mode::Dictionaries(DictMode::Check { dir }) => {
            let d = match &dir {
                Some(dir) => Dictionaries::load(dir)
                    .with_context(|| format!("checking {}", dir.display()))?,
                None => Dictionaries::builtin(),
            };
            let cues: usize = d.lexicons.iter().map(|l| l.entries.len()).sum();
            println!(
                "ok: {} actors, {} aliases, {} institution words, {} lexicon entries ({}), {} abbreviations",
                d.actors.len(),
                d.aliases.len(),
                d.institutions.len(),
                cues,
                d.lexicons
                    .iter()
                    .map(|l| l.language.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                d.abbreviations.len()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

impl FilterArgs {
    fn graph_filter(&self, dicts: &Dictionaries) -> anyhow::Result<GraphFilter> {
        let actors = if self.actors.is_empty() {
            None
        } else {
            let mut ids = Vec::new();
            for a in &self.actors {
                let id = dicts.actor_by_id(a).ok_or_else(|| {
                    UsageError(format!(
                        "unknown actor id {a:?} in --actors: use ids such as MLI, RUS, ECOWAS"
                    ))
                })?;
                ids.push(id);
            }
            Some(ids)
        };
        let kinds =
            (!self.types.is_empty()).then(|| self.types.iter().map(|&k| k.into()).collect());
        Ok(GraphFilter {
            kinds,
            actors,
            min_evidence: self.min_evidence,
        })
    }

    /// The same filter on a graph read back from JSON, where actors are ids.
    fn filter_snapshot(&self, mut snap: Snapshot) -> Snapshot {
        let kinds: Vec<&str> = self
            .types
            .iter()
            .map(|&k| RelationKind::from(k).as_str())
            .collect();
        snap.edges.retain(|k, e| {
            (kinds.is_empty() || kinds.contains(&k.kind.as_str()))
                && (self.actors.is_empty()
                    || self.actors.contains(&k.source)
                    || self.actors.contains(&k.target))
                && e.weight >= self.min_evidence
        });
        snap
    }
}

/// Prints problems as they come and remembers whether any was an error.
#[derive(Default)]
struct Reporter {
    failed: bool,
}

impl Reporter {
    fn problem(&mut self, p: Problem) {
        if p.error {
            self.failed = true;
            eprintln!("actorgraph: {}: {}", p.path.display(), p.message);
        } else {
            eprintln!("actorgraph: warning: {}: {}", p.path.display(), p.message);
        }
    }

    fn exit_code(&self) -> ExitCode {
        if self.failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Extracts and merges every article under `inputs`, in parallel. Returns
/// `None` when inputs failed and none could be read: an empty graph would
/// look like a result.
fn extract_graph(
    extractor: &Extractor,
    inputs: &[PathBuf],
    args: &CorpusArgs,
    max_evidence: Option<usize>,
    report: &mut Reporter,
) -> Option<ActorGraph> {
    let mut graph = ActorGraph::with_evidence_cap(max_evidence);
    let files = collect_files(inputs, args, report);
    // One record per article: reserved once, not doubled as it grows.
    graph.reserve_articles(files.len());
    let mut read = 0;
    each_article(extractor, files, args, max_evidence, report, |_, g| {
        read += 1;
        graph.merge(g);
    });
    (read > 0 || !report.failed).then_some(graph)
}

/// The article files under `inputs`, in path order, reporting the inputs
/// that cannot be listed.
fn collect_files(inputs: &[PathBuf], args: &CorpusArgs, report: &mut Reporter) -> Vec<PathBuf> {
    let (files, problems) = corpus::collect(inputs, &args.glob);
    problems.into_iter().for_each(|p| report.problem(p));
    files
}

/// Runs `each` on every article of `files`, in order, reporting the files
/// that cannot be read.
fn each_article(
    extractor: &Extractor,
    files: Vec<PathBuf>,
    args: &CorpusArgs,
    max_evidence: Option<usize>,
    report: &mut Reporter,
    each: impl FnMut(actorgraph::ArticleInfo, ActorGraph) + Send,
) {
    let options = RunOptions {
        date: args.date.clone(),
        evidence_cap: max_evidence,
        progress: true,
    };
    corpus::for_each_article(extractor, files, &options, each, |p| report.problem(p));
}

/// What every corpus command starts with: the extractor, the filter checked
/// against its dictionaries, and the thread pool.
fn prepare(
    dicts: &DictArgs,
    filter: &FilterArgs,
    corpus: &CorpusArgs,
) -> anyhow::Result<(Extractor, GraphFilter)> {
    // Threads first: the extractor builds its automata on the pool.
    set_threads(corpus.threads)?;
    let extractor = Extractor::new(load_dictionaries(dicts)?);
    let graph_filter = filter.graph_filter(extractor.dictionaries())?;
    Ok((extractor, graph_filter))
}

fn set_threads(threads: Option<usize>) -> anyhow::Result<()> {
    if let Some(n) = threads {
        if n == 0 {
            return Err(UsageError("--threads must be at least 1".into()).into());
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("starting threads")?;
    }
    Ok(())
}

fn load_dictionaries(args: &DictArgs) -> anyhow::Result<Dictionaries> {
    match &args.dictionaries {
        Some(dir) => Dictionaries::load(dir).with_context(|| {
            format!(
                "loading dictionaries from {} (fix the lines below; nothing was written)",
                dir.display()
            )
        }),
        None => Ok(Dictionaries::builtin()),
    }
}

fn default_name(inputs: &[PathBuf]) -> String {
    match inputs {
        [one] if one != Path::new("-") => one
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "graph".into()),
        _ => "graph".into(),
    }
}

fn emit(path: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    emit_with(path, |w| w.write_all(bytes))
}

/// [`emit`], with the content written by `write` as it is produced.
fn emit_with(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    match path {
        Some(p) if p != Path::new("-") => write_atomic_with(p, write)?,
        _ => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            write(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Writes NAME.json and NAME.dot into `dir`, and NAME.svg when Graphviz's
/// `dot` is on the PATH.
fn write_all_formats(
    graph: &ActorGraph,
    dicts: &Dictionaries,
    dir: &Path,
    name: &str,
) -> anyhow::Result<()> {
    let mut dot = Vec::new();
    Format::Dot.write(graph, dicts, &mut dot)?;
    let json_path = dir.join(format!("{name}.json"));
    let dot_path = dir.join(format!("{name}.dot"));
    write_atomic_with(&json_path, |w| Format::Json.write(graph, dicts, w))?;
    write_atomic(&dot_path, &dot)?;
    eprintln!("wrote {} and {}", json_path.display(), dot_path.display());
    let svg_path = dir.join(format!("{name}.svg"));
    match render_svg(&dot) {
        Ok(svg) => {
            write_atomic(&svg_path, &svg)?;
            eprintln!("wrote {}", svg_path.display());
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => eprintln!(
            "note: Graphviz `dot` not found, {} not rendered; install Graphviz (Debian/Ubuntu: \
             sudo apt-get install graphviz; macOS: brew install graphviz) and run again",
            svg_path.display()
        ),
        Err(e) => return Err(e).context("rendering the SVG with Graphviz `dot`"),
    }
    Ok(())
}

fn render_svg(dot: &[u8]) -> io::Result<Vec<u8>> {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let dot = dot.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&dot));
    let out = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| io::Error::other("writer thread panicked"))??;
    if !out.status.success() {
        return Err(io::Error::other(format!(
            "dot failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(out.stdout)
}
