//! The committed example output in `output/` is what the current binary
//! writes for the sample article.

use std::fs;

use crate::util::{SAMPLE, actorgraph, root, run_ok, tempdir};

const REGENERATE: &str =
    "cargo run --release -- extract tests/corpus/seed-mali-russie.txt --out-dir output";

#[test]
fn committed_output_matches_the_binary() {
    let tmp = tempdir();
    // From the repository root with the path as given: the article id in the
    // JSON is that path, so only the output directory differs.
    run_ok(
        actorgraph(&root())
            .args(["extract", SAMPLE, "--out-dir"])
            .arg(tmp.path()),
    );
    for name in ["seed-mali-russie.json", "seed-mali-russie.dot"] {
        let committed_path = root().join("output").join(name);
        let committed = fs::read(&committed_path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; generate it with `{REGENERATE}`",
                committed_path.display()
            )
        });
        let fresh = fs::read(tmp.path().join(name)).unwrap();
        if committed != fresh {
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
                "output/{name} is not what the binary writes now (first difference at line {}:\n\
                 committed: {:?}\n\
                 now:       {:?}); regenerate it with `{REGENERATE}`",
                first + 1,
                committed.lines().nth(first).unwrap_or("<end of file>"),
                fresh.lines().nth(first).unwrap_or("<end of file>"),
            );
        }
    }
    // The SVG's bytes depend on the Graphviz version: only check it is one.
    let svg_path = root().join("output/seed-mali-russie.svg");
    let svg = fs::read_to_string(&svg_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; generate it with `{REGENERATE}` (needs Graphviz)",
            svg_path.display()
        )
    });
    assert!(svg.contains("<svg"), "{} is not an SVG", svg_path.display());
}
