//! The output read by the real tools it is made for: Graphviz renders the
//! DOT, networkx and pandas load the node-link JSON.
//!
//! Without the tools these tests skip with a message, except under CI (see
//! [`crate::util::require_tool`]).

use std::{fs, path::Path, process::Command};

use crate::util::{SAMPLE, actorgraph, dot, python_with_networkx, root, run_ok, tempdir};

/// Renders `dot_source` with `dot -Tsvg` (from a file in `dir`) and returns
/// the SVG, after checking that `dot` exits with 0 and writes an `<svg`.
fn render_svg(dot: &Path, dir: &Path, dot_source: &[u8]) -> String {
    let input = dir.join("graph.dot");
    fs::write(&input, dot_source).unwrap();
    let out = run_ok(Command::new(dot).arg("-Tsvg").arg(&input));
    let svg = String::from_utf8(out.stdout).expect("dot writes UTF-8 SVG");
    assert!(
        svg.contains("<svg"),
        "no <svg in the output of dot -Tsvg:\n{svg}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    svg
}

#[test]
fn dot_renders_the_sample() {
    let Some(dot) = dot() else { return };
    let tmp = tempdir();
    let out = run_ok(actorgraph(&root()).args(["extract", SAMPLE, "--format", "dot"]));
    let svg = render_svg(dot, tmp.path(), &out.stdout);
    // Every actor is drawn as a node with its id as the SVG title.
    for id in ["MLI", "RUS", "DZA"] {
        assert!(
            svg.contains(&format!("<title>{id}</title>")),
            "{id} not drawn:\n{svg}"
        );
    }
}

/// Labels with quotes, a backslash, a curly apostrophe, a dash and an accent
/// (from a dictionary) and an article path with quotes: the DOT stays valid
/// and the SVG shows the text as written.
#[test]
fn dot_renders_hostile_labels() {
    let Some(dot) = dot() else { return };
    let tmp = tempdir();
    let dir = tmp.path();
    run_ok(actorgraph(dir).args(["dictionaries", "export", "dicts"]));
    let organisations = dir.join("dicts/actors/organisations.txt");
    let mut dict = fs::read_to_string(&organisations).unwrap();
    dict.push_str("\nactor QQQ organisation Le \"Front\" \\ d’Ivoire – é\n  name Quux Front\n");
    fs::write(&organisations, dict).unwrap();
    let article = "l’article \"quux\".txt";
    fs::write(dir.join(article), "Le Quux Front soutient le Mali.\n").unwrap();

    let out = run_ok(actorgraph(dir).args([
        "extract",
        article,
        "--dictionaries",
        "dicts",
        "--format",
        "dot",
    ]));
    let dot_source = String::from_utf8(out.stdout).unwrap();
    assert!(
        dot_source.contains(r#"label="Le \"Front\" \\ d’Ivoire – é""#),
        "label not escaped for DOT:\n{dot_source}"
    );
    assert!(
        dot_source.contains(r#""QQQ" -> "MLI""#),
        "no QQQ -> MLI edge:\n{dot_source}"
    );

    let svg = render_svg(dot, dir, dot_source.as_bytes());
    for text in [
        "Le &quot;Front&quot; \\ d’Ivoire – é",
        "l’article &quot;quux&quot;.txt",
        "support (1)",
    ] {
        assert!(svg.contains(text), "{text:?} not in the SVG:\n{svg}");
    }
}

/// networkx reads the sample's JSON as a MultiDiGraph without a warning, and
/// pandas reads its edges as a table.
const NETWORKX_CHECK: &str = r#"
import json, sys
import networkx as nx
import pandas as pd

with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
ids = {n["id"] for n in d["nodes"]}
assert ids, "no nodes"
assert d["edges"], "no edges"

# The call the README shows. networkx reads "edges" by default from 3.6
# (3.4 and 3.5 warn and read "links"); -W error turns any warning into a
# failure.
major, minor = (int(x) for x in nx.__version__.split(".")[:2])
assert (major, minor) >= (3, 6), f"networkx {nx.__version__}: node_link_graph(d) needs 3.6+"
G = nx.node_link_graph(d)
assert isinstance(G, nx.MultiDiGraph), type(G)
assert set(G.nodes) == ids, (set(G.nodes), ids)
assert G.number_of_edges() == len(d["edges"]), (G.number_of_edges(), len(d["edges"]))
for u, v, k, data in G.edges(keys=True, data=True):
    assert {"type", "evidence"} <= data.keys(), (u, v, k, data.keys())
    assert k == data["type"], (u, v, k, data["type"])
    assert data["evidence"], (u, v, k)
    assert G[u][v][k] is data
for e in d["edges"]:
    assert G.has_edge(e["source"], e["target"], key=e["key"]), e

df = pd.DataFrame.from_records(d["edges"])
assert {"source", "target", "type", "weight"} <= set(df.columns), list(df.columns)
assert len(df) == len(d["edges"]), (len(df), len(d["edges"]))
assert (df["weight"] >= 1).all(), df["weight"]

flat = pd.json_normalize(d, record_path="edges")
assert len(flat) == len(d["edges"]), (len(flat), len(d["edges"]))
assert {"source", "target", "type", "weight"} <= set(flat.columns), list(flat.columns)

H = nx.from_pandas_edgelist(df, "source", "target", edge_attr=True,
                            create_using=nx.MultiDiGraph, edge_key="key")
assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))

print(f"networkx {nx.__version__}, pandas {pd.__version__}: "
      f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
"#;

#[test]
fn networkx_and_pandas_load_the_sample() {
    let Some(python) = python_with_networkx() else {
        return;
    };
    let tmp = tempdir();
    let json = tmp.path().join("sample.json");
    run_ok(
        actorgraph(&root())
            .args(["extract", SAMPLE, "-o"])
            .arg(&json),
    );
    let out = run_ok(
        Command::new(python)
            .args(["-W", "error", "-c", NETWORKX_CHECK])
            .arg(&json),
    );
    eprint!("{}", String::from_utf8_lossy(&out.stdout));
}
