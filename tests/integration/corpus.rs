//! Corpora: directories in, merged graphs, comparisons, timelines, and the
//! GraphML and GEXF exports read back by networkx.

use std::{fs, path::Path, process::Command};

use serde_json::Value;

use crate::util::{actorgraph, dot, edge_keys, python_with_networkx, root, run_ok, tempdir};

/// Writes `files` (name, text) into `dir`.
fn write_all(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

const BEFORE: &str = "2024-01-10\nLa Russie soutient le Mali. Le Mali accuse la France.\nL'Algérie condamne le Niger.\n";
const AFTER: &str = "2024-02-20\nMoscou soutient le Mali. Le Kremlin soutient le Mali.\nLe Mali accuse la France. Le Niger rejoint l'AES.\n";

#[test]
fn a_directory_gives_one_graph_with_evidence_from_each_article() {
    let tmp = tempdir();
    write_all(
        tmp.path(),
        &[
            ("corpus/a.txt", BEFORE),
            ("corpus/sub/b.md", AFTER),
            ("corpus/notes.html", "La Russie soutient le Niger."),
        ],
    );
    let out = run_ok(actorgraph(tmp.path()).args(["extract", "corpus"]));
    let doc = json(&out.stdout);
    let articles: Vec<&str> = doc["graph"]["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        articles,
        ["corpus/a.txt", "corpus/sub/b.md"],
        "html is not read by default"
    );
    let support = doc["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "RUS" && e["target"] == "MLI")
        .unwrap();
    assert_eq!(
        (support["weight"].as_u64(), support["articles"].as_u64()),
        (Some(3), Some(2))
    );
    let from: Vec<&str> = support["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["article"].as_str().unwrap())
        .collect();
    assert_eq!(from, ["corpus/a.txt", "corpus/sub/b.md", "corpus/sub/b.md"]);
    let dates: Vec<&str> = doc["graph"]["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2024-01-10", "2024-02-20"]);

    let with_glob = run_ok(actorgraph(tmp.path()).args(["extract", "corpus", "--glob", "*.html"]));
    assert_eq!(
        json(&with_glob.stdout)["graph"]["articles"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// More articles than one batch of the parallel run (256), so that merging
/// one batch while the next is analysed is exercised: same bytes for any
/// number of threads, and every article counted once.
#[test]
fn many_batches_merge_the_same_for_any_number_of_threads() {
    let tmp = tempdir();
    let sources: Vec<String> = fs::read_dir(root().join("tests/corpus/sahel"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| fs::read_to_string(p).unwrap())
        .collect();
    for i in 0..600 {
        let dir = tmp.path().join(format!("d{}", i % 7));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(format!("{i:04}.txt")), &sources[i % sources.len()]).unwrap();
    }
    let run_with = |threads: &str| {
        run_ok(actorgraph(tmp.path()).args(["extract", ".", "--threads", threads])).stdout
    };
    let one = run_with("1");
    assert!(one == run_with("2"), "JSON differs between 1 and 2 threads");
    assert!(one == run_with("4"), "JSON differs between 1 and 4 threads");
    let doc = json(&one);
    assert_eq!(doc["graph"]["articles"].as_array().map(Vec::len), Some(600));
}

#[test]
fn output_is_the_same_for_any_number_of_threads() {
    let one = run_ok(actorgraph(&root()).args(["extract", "tests/corpus", "-j", "1"]));
    let two = run_ok(actorgraph(&root()).args(["extract", "tests/corpus", "-j", "2"]));
    let four = run_ok(actorgraph(&root()).args([
        "extract",
        "tests/corpus",
        "--threads",
        "4",
        "--format",
        "dot",
    ]));
    let four_again = run_ok(actorgraph(&root()).args([
        "extract",
        "tests/corpus",
        "--threads",
        "1",
        "--format",
        "dot",
    ]));
    assert!(
        one.stdout == two.stdout,
        "JSON differs between 1 and 2 threads"
    );
    assert!(
        four.stdout == four_again.stdout,
        "DOT differs between 4 and 1 threads"
    );
    assert!(
        json(&one.stdout)["graph"]["articles"]
            .as_array()
            .unwrap()
            .len()
            >= 5
    );
}

#[test]
fn compare_reports_appeared_disappeared_and_changed_exactly() {
    let tmp = tempdir();
    write_all(tmp.path(), &[("before.txt", BEFORE), ("after.txt", AFTER)]);
    let out = run_ok(actorgraph(tmp.path()).args([
        "compare",
        "before.txt",
        "after.txt",
        "--format",
        "json",
    ]));
    let doc = json(&out.stdout);
    let of = |change: &str| {
        let edges = Value::Array(
            doc["edges"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["change"] == change)
                .cloned()
                .collect(),
        );
        edge_keys(&edges)
    };
    assert_eq!(of("appeared"), ["NER membership AES"]);
    assert_eq!(of("disappeared"), ["DZA tension NER"]);
    assert_eq!(of("changed"), ["RUS support MLI"]);
    assert_eq!(of("kept"), ["FRA tension MLI"]);
    assert_eq!(doc["actors_appeared"], serde_json::json!(["AES"]));
    assert_eq!(doc["actors_disappeared"], serde_json::json!(["DZA"]));
    let changed = doc["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["change"] == "changed")
        .unwrap();
    assert_eq!(
        (
            changed["before"]["weight"].as_u64(),
            changed["after"]["weight"].as_u64()
        ),
        (Some(1), Some(2))
    );

    // A saved graph compares like the article it came from.
    run_ok(actorgraph(tmp.path()).args(["extract", "before.txt", "-o", "before.json"]));
    let saved = run_ok(actorgraph(tmp.path()).args([
        "compare",
        "before.json",
        "after.txt",
        "--format",
        "json",
    ]));
    let saved = json(&saved.stdout);
    assert_eq!(saved["edges"], doc["edges"]);

    let text = run_ok(actorgraph(tmp.path()).args(["compare", "before.txt", "after.txt"]));
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("1 appeared, 1 disappeared, 1 changed, 1 kept"),
        "{text}"
    );
    assert!(text.contains("~ RUS") && text.contains("1 -> 2"), "{text}");
}

#[test]
fn compare_dot_renders_with_the_real_dot() {
    let Some(dot) = dot() else { return };
    let tmp = tempdir();
    write_all(tmp.path(), &[("before.txt", BEFORE), ("after.txt", AFTER)]);
    run_ok(actorgraph(tmp.path()).args([
        "compare",
        "before.txt",
        "after.txt",
        "--format",
        "dot",
        "-o",
        "change.dot",
    ]));
    let source = fs::read_to_string(tmp.path().join("change.dot")).unwrap();
    assert!(
        source.contains("style=dashed") && source.contains("style=bold"),
        "{source}"
    );
    let svg = run_ok(
        Command::new(dot)
            .arg("-Tsvg")
            .arg(tmp.path().join("change.dot")),
    );
    assert!(String::from_utf8_lossy(&svg.stdout).contains("<svg"));
}

#[test]
fn timeline_orders_articles_by_date_and_lists_changes() {
    let tmp = tempdir();
    write_all(
        tmp.path(),
        &[
            ("c/z-first.txt", BEFORE),
            ("c/a-second.txt", AFTER),
            ("c/undated.txt", "La Russie soutient le Niger."),
        ],
    );
    let csv = run_ok(actorgraph(tmp.path()).args(["timeline", "c"]));
    let csv = String::from_utf8(csv.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "article,date,source,type,target,weight,first_evidence"
    );
    let order: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let mut seen: Vec<&str> = order.clone();
    seen.dedup();
    assert_eq!(
        seen,
        ["c/z-first.txt", "c/a-second.txt", "c/undated.txt"],
        "{csv}"
    );
    assert!(
        csv.contains("c/a-second.txt,2024-02-20,RUS,support,MLI,2,"),
        "{csv}"
    );

    let jsonl = run_ok(actorgraph(tmp.path()).args(["timeline", "c", "--format", "jsonl"]));
    for line in String::from_utf8(jsonl.stdout).unwrap().lines() {
        let row = json(line.as_bytes());
        assert!(
            row["source"].is_string() && row["weight"].is_u64(),
            "{line}"
        );
    }

    let changes = run_ok(actorgraph(tmp.path()).args(["timeline", "c", "--format", "changes"]));
    let steps: Vec<Value> = String::from_utf8(changes.stdout)
        .unwrap()
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect();
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[0]["to"], "c/a-second.txt");
    assert_eq!(edge_keys(&steps[0]["appeared"]), ["NER membership AES"]);
    assert_eq!(edge_keys(&steps[0]["disappeared"]), ["DZA tension NER"]);
    assert_eq!(edge_keys(&steps[0]["changed"]), ["RUS support MLI"]);
}

#[test]
fn filters_keep_types_actors_and_weights() {
    let tmp = tempdir();
    write_all(tmp.path(), &[("a.txt", AFTER)]);
    let edges = |args: &[&str]| {
        let out = run_ok(actorgraph(tmp.path()).args(["extract", "a.txt"]).args(args));
        edge_keys(&json(&out.stdout)["edges"])
    };
    assert_eq!(
        edges(&["--types", "membership,tension"]),
        ["FRA tension MLI", "NER membership AES"]
    );
    assert_eq!(edges(&["--min-evidence", "2"]), ["RUS support MLI"]);
    assert_eq!(edges(&["--actors", "NER"]), ["NER membership AES"]);
    let bad =
        crate::util::run(actorgraph(tmp.path()).args(["extract", "a.txt", "--actors", "XXX"]));
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown actor id \"XXX\""));
}

#[test]
fn max_evidence_caps_evidence_not_weights() {
    let tmp = tempdir();
    write_all(tmp.path(), &[("a.txt", AFTER)]);
    let out = run_ok(actorgraph(tmp.path()).args(["extract", "a.txt", "--max-evidence", "1"]));
    let doc = json(&out.stdout);
    let e = doc["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "support")
        .unwrap();
    assert_eq!(
        (
            e["weight"].as_u64(),
            e["evidence"].as_array().unwrap().len()
        ),
        (Some(2), 1)
    );
}

#[test]
fn graphml_and_gexf_load_in_networkx() {
    let Some(python) = python_with_networkx() else {
        return;
    };
    let tmp = tempdir();
    for (format, file) in [("graphml", "g.graphml"), ("gexf", "g.gexf")] {
        let path = tmp.path().join(file);
        run_ok(
            actorgraph(&root())
                .args(["extract", "tests/corpus/sahel", "--format", format, "-o"])
                .arg(&path),
        );
    }
    let script = r#"
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
assert g.is_directed() and g.is_multigraph(), g
assert g.number_of_edges() > 0
for _, _, d in g.edges(data=True):
    assert d["type"] in {"support", "alliance", "tension", "membership", "conflict"}, d
    assert isinstance(d["weight"], int) and isinstance(d["directed"], bool), d
h = nx.read_gexf(sys.argv[2])
assert set(h.nodes) == set(g.nodes), (set(h.nodes), set(g.nodes))
assert h.number_of_edges() == g.number_of_edges()
dated = [d for _, _, d in h.edges(data=True) if d.get("spells")]
assert dated and all(len(s) == 2 for d in dated for s in d["spells"]), dated[:1]
print("ok", g.number_of_nodes(), g.number_of_edges())
"#;
    let out = run_ok(
        Command::new(python)
            .args(["-W", "error", "-c", script])
            .arg(tmp.path().join("g.graphml"))
            .arg(tmp.path().join("g.gexf")),
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok"));
}
