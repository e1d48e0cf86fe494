//! The committed example output in `output/` is what the current binary
//! writes: the sample article's graph, the bundled corpus's merged graph and
//! timeline, and one comparison.
//!
//! `ACTORGRAPH_BLESS=1 cargo test --release --test integration output`
//! rewrites every file (and renders the SVGs with Graphviz) instead of
//! comparing, the way snapshot-testing tools do.

use std::{
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use crate::util::{SAMPLE, actorgraph, root, run_ok, tempdir};

const BLESS: &str = "ACTORGRAPH_BLESS=1 cargo test --release --test integration output";

/// One command of the README and the files it writes into `output/`. In
/// the arguments, `{out}` stands for the output directory.
struct Job {
    args: &'static [&'static str],
    files: &'static [&'static str],
    /// DOT files to render as SVG when blessing (extract --out-dir renders
    /// its own).
    render: &'static [&'static str],
}

const JOBS: &[Job] = &[
    Job {
        args: &["extract", SAMPLE, "--out-dir", "{out}"],
        files: &["seed-mali-russie.json", "seed-mali-russie.dot"],
        render: &[],
    },
    Job {
        args: &[
            "extract",
            "tests/corpus/sahel",
            "--out-dir",
            "{out}",
            "--name",
            "sahel",
        ],
        files: &["sahel.json", "sahel.dot"],
        render: &[],
    },
    Job {
        args: &[
            "timeline",
            "tests/corpus/sahel",
            "-o",
            "{out}/sahel-timeline.csv",
        ],
        files: &["sahel-timeline.csv"],
        render: &[],
    },
    Job {
        args: &[
            "compare",
            "tests/corpus/sahel/2023-09-16-aes-charter.txt",
            "tests/corpus/sahel/2025-01-29-exit-effective.txt",
            "-o",
            "{out}/sahel-compare.txt",
        ],
        files: &["sahel-compare.txt"],
        render: &[],
    },
    Job {
        args: &[
            "compare",
            "tests/corpus/sahel/2023-09-16-aes-charter.txt",
            "tests/corpus/sahel/2025-01-29-exit-effective.txt",
            "--format",
            "dot",
            "-o",
            "{out}/sahel-compare.dot",
        ],
        files: &["sahel-compare.dot"],
        render: &["sahel-compare.dot"],
    },
];

/// SVGs whose bytes depend on the Graphviz version: only checked to exist.
const SVGS: &[&str] = &["seed-mali-russie.svg", "sahel.svg", "sahel-compare.svg"];

fn run_job(job: &Job, out: &Path) {
    let args: Vec<String> = job
        .args
        .iter()
        .map(|a| a.replace("{out}", &out.display().to_string()))
        .collect();
    // From the repository root with the paths as given: article ids in the
    // output are those paths, so only the output directory differs.
    run_ok(actorgraph(&root()).args(&args));
}

#[test]
fn committed_output_matches_the_binary() {
    let output = root().join("output");
    if std::env::var_os("ACTORGRAPH_BLESS").is_some() {
        for job in JOBS {
            run_job(job, &output);
            for dot in job.render {
                render(&output.join(dot));
            }
        }
        return;
    }
    let tmp = tempdir();
    for job in JOBS {
        run_job(job, tmp.path());
        for name in job.files {
            compare(&output.join(name), &tmp.path().join(name));
        }
    }
    for name in SVGS {
        let path = output.join(name);
        let svg = fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; generate it with `{BLESS}` (needs Graphviz)",
                path.display()
            )
        });
        assert!(svg.contains("<svg"), "{} is not an SVG", path.display());
    }
}

fn render(dot: &Path) {
    let svg: PathBuf = dot.with_extension("svg");
    let out = run_ok(Command::new("dot").arg("-Tsvg").arg(dot));
    fs::write(svg, out.stdout).unwrap();
}

fn compare(committed_path: &Path, fresh_path: &Path) {
    let committed = fs::read(committed_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; generate it with `{BLESS}`",
            committed_path.display()
        )
    });
    let fresh = fs::read(fresh_path).unwrap();
    if committed == fresh {
        return;
    }
    let (committed, fresh) = (
        String::from_utf8_lossy(&committed),
        String::from_utf8_lossy(&fresh),
    );
    let first = committed
        .lines()
        .zip(fresh.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| committed.lines().count().min(fresh.lines().count()));
    panic!(
        "{} is not what the binary writes now (first difference at line {}:\n\
         committed: {:?}\n\
         now:       {:?}); regenerate output/ with `{BLESS}`",
        committed_path.display(),
        first + 1,
        committed.lines().nth(first).unwrap_or("<end of file>"),
        fresh.lines().nth(first).unwrap_or("<end of file>"),
    );
}
