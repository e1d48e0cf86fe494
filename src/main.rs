//! The `actorgraph` command: parses arguments, calls the library, reports
//! errors. All the work is in the library crate.

use std::{
    io::{self, Write},
    path::{Path, PathBuf},
    process::{Command, ExitCode, Stdio},
};

use actorgraph::{
    ActorGraph, Dictionaries, Error, Extractor,
    export::{self, Format},
    input::{self, Decoded},
    output::write_atomic,
};
use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  an input could not be read or an output could not be written
  2  bad usage or invalid dictionaries (nothing is written)";

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
    /// Extract the graph of one or more articles (merged into one graph).
    #[command(after_help = "Examples:
  actorgraph extract article.txt                      JSON on standard output
  actorgraph extract article.txt --format dot -o g.dot
  actorgraph extract a.txt b.txt -o merged.json       one graph from two articles
  cat article.txt | actorgraph extract                read standard input
  actorgraph extract article.txt --out-dir output     JSON, DOT and SVG in output/

Exit codes: 0 success, 1 unreadable input or unwritable output, 2 bad usage or dictionaries.")]
    Extract {
        /// Article files (UTF-8 text); standard input when none or `-`.
        files: Vec<PathBuf>,
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
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Show, sentence by sentence, the actors, cues and decisions behind the graph.
    #[command(after_help = "Example:
  actorgraph explain article.txt | less

For each sentence: actors found (with the matched text), descriptions resolved, each triple drawn
with its rule, and each cue that drew nothing with the reason (negated, inside a name, out of
scope, substitution...).")]
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
    #[arg(long, value_name = "DIR", global = true)]
    dictionaries: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// networkx node-link JSON
    Json,
    /// Graphviz DOT
    Dot,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Json => Format::Json,
            FormatArg::Dot => Format::Dot,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("actorgraph: {err:#}");
            let dictionary_error = err
                .chain()
                .any(|e| matches!(e.downcast_ref::<Error>(), Some(Error::Dictionary(_))));
            ExitCode::from(if dictionary_error { 2 } else { 1 })
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
            files,
            format,
            output,
            out_dir,
            name,
            dicts,
        } => {
            let extractor = Extractor::new(load_dictionaries(&dicts)?);
            let inputs = if files.is_empty() {
                vec![PathBuf::from("-")]
            } else {
                files
            };
            let mut graph = ActorGraph::new();
            let mut failed = false;
            let mut read = 0;
            for path in &inputs {
                let Some(text) = read_article(path, &mut failed) else {
                    continue;
                };
                read += 1;
                let id = article_id(path);
                let article = extractor.analyse(&id, &text);
                graph.add_article(&article, &text);
            }
            // Nothing read (every input missing or unreadable): an empty graph
            // would look like a result, so write nothing.
            if read == 0 && failed {
                return Ok(ExitCode::from(1));
            }
            let dicts = extractor.dictionaries();
            if let Some(dir) = out_dir {
                let name = name.unwrap_or_else(|| default_name(&inputs));
                write_all_formats(&graph, dicts, &dir, &name)?;
            } else {
                let mut buf = Vec::new();
                match Format::from(format) {
                    Format::Json => export::write_json(&graph, dicts, &mut buf)?,
                    Format::Dot => export::write_dot(&graph, dicts, &mut buf)?,
                }
                emit(output.as_deref(), &buf)?;
            }
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Mode::Explain { file, dicts } => {
            let extractor = Extractor::new(load_dictionaries(&dicts)?);
            let path = file.unwrap_or_else(|| PathBuf::from("-"));
            let mut failed = false;
            let Some(text) = read_article(&path, &mut failed) else {
                return Ok(ExitCode::from(1));
            };
            let article = extractor.analyse(&article_id(&path), &text);
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

/// Reads one input; on failure prints `path: error`, marks the run failed and
/// returns `None` so that the other inputs still go through.
fn read_article(path: &Path, failed: &mut bool) -> Option<String> {
    match input::read(path) {
        Ok(Decoded::Text(text, warning)) => {
            if let Some(w) = warning {
                eprintln!("actorgraph: warning: {}: {w}", path.display());
            }
            Some(text)
        }
        Ok(Decoded::Skipped(why)) => {
            eprintln!("actorgraph: skipping {}: {why}", path.display());
            None
        }
        Err(e) => {
            eprintln!("actorgraph: {e}");
            *failed = true;
            None
        }
    }
}

fn article_id(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
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
    match path {
        Some(p) if p != Path::new("-") => write_atomic(p, bytes)?,
        _ => {
            let mut out = io::stdout().lock();
            out.write_all(bytes)?;
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
    let mut json = Vec::new();
    export::write_json(graph, dicts, &mut json)?;
    let mut dot = Vec::new();
    export::write_dot(graph, dicts, &mut dot)?;
    let json_path = dir.join(format!("{name}.json"));
    let dot_path = dir.join(format!("{name}.dot"));
    write_atomic(&json_path, &json)?;
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
