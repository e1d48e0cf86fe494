//! Helpers shared by the integration tests: running the binary in a
//! temporary directory with a clean environment, and finding the outside
//! tools (Graphviz `dot`, Python with networkx and pandas) that some tests
//! hand the output to.
//!
//! Missing tools follow one policy, [`require_tool`]: under CI (the `CI`
//! variable is set, as `.ci/run` expects) the test fails; elsewhere it prints
//! how to install the tool and passes without checking anything.

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
    sync::OnceLock,
};

/// `source type target` of each edge in a JSON list of edges (a graph's
/// `edges`, or a comparison's `appeared`, ...), in the list's order.
pub fn edge_keys(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .expect("a list of edges")
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["source"].as_str().unwrap(),
                e["type"].as_str().unwrap(),
                e["target"].as_str().unwrap()
            )
        })
        .collect()
}

/// The sample article, relative to the repository root.
pub const SAMPLE: &str = "tests/corpus/seed-mali-russie.txt";

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `<repo>/../shared`, the read-only directory of gold annotations and
/// corpus that sits beside the repository.
pub fn shared() -> PathBuf {
    root().join("..").join("shared")
}

/// A fresh temporary directory, removed when dropped.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary directory")
}

/// A command for the real binary, run from `dir`.
pub fn actorgraph(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_actorgraph"));
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd
}

/// Runs `cmd` with `stdin` as input and returns its output.
pub fn run_with_input(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs `cmd` with empty standard input and returns its output.
pub fn run(cmd: &mut Command) -> Output {
    run_with_input(cmd, b"")
}

/// Runs `cmd` with `stdin` as input, panics (with its standard error) unless
/// it exits with 0, and returns its output.
pub fn run_ok_with_input(cmd: &mut Command, stdin: &[u8]) -> Output {
    let out = run_with_input(cmd, stdin);
    assert_success(cmd, &out);
    out
}

/// [`run_ok_with_input`] with empty standard input.
pub fn run_ok(cmd: &mut Command) -> Output {
    run_ok_with_input(cmd, b"")
}

/// Panics, showing the command and its standard error, unless `out` is a
/// successful exit.
fn assert_success(cmd: &Command, out: &Output) {
    assert!(
        out.status.success(),
        "`{}` exited with {}\nstderr:\n{}",
        command_line(cmd),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Whether the tests run under CI, where a missing tool is a failure.
fn under_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// The missing-tool policy: returns `found` when it is `Some`; otherwise
/// panics under CI, and elsewhere prints one line to standard error (even
/// when output is captured) saying how to install `name` and returns `None`,
/// so that the test returns early and passes.
///
/// ```ignore
/// let found = gold.is_dir().then_some(gold);
/// let Some(gold) = require_tool(found, "the gold files", "check out ../shared") else {
///     return;
/// };
/// ```
pub fn require_tool<T>(found: Option<T>, name: &str, install_hint: &str) -> Option<T> {
    if found.is_some() {
        return found;
    }
    let test = std::thread::current()
        .name()
        .unwrap_or("this test")
        .to_string();
    assert!(
        !under_ci(),
        "{name} is required under CI (the CI variable is set) but was not found; \
         install it with: {install_hint}"
    );
    // Written to the real standard error, not through `eprintln!`, which the
    // test harness captures and shows only for failing tests.
    let _ = writeln!(
        std::io::stderr(),
        "skipped {test}: {name} not found; install it with: {install_hint}"
    );
    None
}

/// Graphviz `dot`, or `None` after [`require_tool`].
pub fn dot() -> Option<&'static Path> {
    static DOT: OnceLock<Option<PathBuf>> = OnceLock::new();
    let found = DOT.get_or_init(|| {
        let dot = PathBuf::from("dot");
        succeeds(Command::new(&dot).arg("-V")).then_some(dot)
    });
    require_tool(
        found.as_deref(),
        "Graphviz `dot`",
        "sudo apt-get install graphviz (macOS: brew install graphviz)",
    )
}

/// A Python interpreter that can `import networkx, pandas`, or `None` after
/// [`require_tool`].
pub fn python_with_networkx() -> Option<&'static Path> {
    static PYTHON: OnceLock<Option<PathBuf>> = OnceLock::new();
    python_with(
        &PYTHON,
        "networkx, pandas",
        "Python with networkx and pandas ($ACTORGRAPH_PYTHON, .venv/bin/python or python3)",
        "python3 -m venv .venv && .venv/bin/pip install networkx pandas",
    )
}

/// A Python interpreter that can execute notebooks (nbclient, ipykernel,
/// matplotlib, networkx, pandas), or `None` after [`require_tool`].
pub fn python_with_notebook() -> Option<&'static Path> {
    static PYTHON: OnceLock<Option<PathBuf>> = OnceLock::new();
    python_with(
        &PYTHON,
        "nbclient, nbformat, ipykernel, matplotlib, networkx, pandas",
        "Python with nbclient, ipykernel, matplotlib, networkx and pandas",
        "python3 -m venv .venv && .venv/bin/pip install networkx pandas nbclient nbformat ipykernel matplotlib",
    )
}

/// The first of `$ACTORGRAPH_PYTHON`, `<repo>/.venv/bin/python` (made by
/// `.ci/run`) and `python3` that can import `modules`, found once.
fn python_with(
    cache: &'static OnceLock<Option<PathBuf>>,
    modules: &str,
    name: &str,
    install_hint: &str,
) -> Option<&'static Path> {
    let found = cache.get_or_init(|| {
        let mut candidates: Vec<PathBuf> = Vec::new();
        if let Some(p) = std::env::var_os("ACTORGRAPH_PYTHON").filter(|p| !p.is_empty()) {
            candidates.push(p.into());
        }
        candidates.push(root().join(".venv").join("bin").join("python"));
        candidates.push("python3".into());
        let check = format!("import {modules}");
        candidates
            .into_iter()
            .find(|py| succeeds(Command::new(py).args(["-c", &check])))
    });
    require_tool(found.as_deref(), name, install_hint)
}

/// `python3` (the standard library is enough), or `None` after
/// [`require_tool`].
pub fn python3() -> Option<&'static Path> {
    static PYTHON3: OnceLock<Option<PathBuf>> = OnceLock::new();
    let found = PYTHON3.get_or_init(|| {
        let py = PathBuf::from("python3");
        succeeds(Command::new(&py).arg("--version")).then_some(py)
    });
    require_tool(found.as_deref(), "python3", "sudo apt-get install python3")
}

/// Whether `cmd` starts and exits with 0 (its output is discarded).
fn succeeds(cmd: &mut Command) -> bool {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A command's program and arguments, for messages.
fn command_line(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
