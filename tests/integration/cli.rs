//! The command line on small texts written for each case.
//!
//! Texts are run through `extract` twice, from standard input and from a
//! file, and must give the same graph both ways. Relation triples are
//! asserted only where the annotation guidelines
//! (`<repo>/../shared/gold/GUIDELINES.md`) say what is right.

use std::{fs, path::Path};

use serde_json::Value;

use crate::util::{actorgraph, root, run, run_ok, run_ok_with_input, tempdir};

/// Extracts `text` from standard input and returns `source type target` lines.
fn triples(text: &str) -> Vec<String> {
    Graph::from_json(&extract_stdin(&root(), text)).triples
}

/// The JSON graph that `extract`, run from `dir`, makes of `text` on
/// standard input.
fn extract_stdin(dir: &Path, text: &str) -> Value {
    json(&run_ok_with_input(actorgraph(dir).arg("extract"), text.as_bytes()).stdout)
}

#[test]
fn stdin_to_stdout() {
    assert_eq!(triples("La Russie soutient le Mali."), ["RUS support MLI"]);
}

/// One text and the graph expected from it.
struct Case {
    text: &'static str,
    /// Node ids, in any order.
    nodes: &'static [&'static str],
    /// `source type target`, in any order; for the undirected types
    /// (alliance, tension, conflict) the smaller id first, as `score.py` does.
    triples: &'static [&'static str],
}

/// `cases! { "text" => [node ids] [triples]; ... }`
macro_rules! cases {
    ($($text:expr => [$($node:expr),* $(,)?] [$($triple:expr),* $(,)?];)*) => {
        &[$(Case { text: $text, nodes: &[$($node),*], triples: &[$($triple),*] }),*]
    };
}

/// Node ids and triples of a graph, sorted.
#[derive(Debug, PartialEq)]
struct Graph {
    nodes: Vec<String>,
    triples: Vec<String>,
}

impl Graph {
    fn from_json(doc: &Value) -> Graph {
        let mut nodes: Vec<String> = array(&doc["nodes"])
            .iter()
            .map(|n| str(&n["id"]).to_string())
            .collect();
        let mut triples: Vec<String> = array(&doc["edges"])
            .iter()
            .map(|e| {
                let (mut source, kind, mut target) =
                    (str(&e["source"]), str(&e["type"]), str(&e["target"]));
                if matches!(kind, "alliance" | "tension" | "conflict") && source > target {
                    std::mem::swap(&mut source, &mut target);
                }
                format!("{source} {kind} {target}")
            })
            .collect();
        nodes.sort();
        triples.sort();
        Graph { nodes, triples }
    }

    fn expected(case: &Case) -> Graph {
        let sorted = |items: &[&str]| {
            let mut v: Vec<String> = items.iter().map(|s| s.to_string()).collect();
            v.sort();
            v
        };
        Graph {
            nodes: sorted(case.nodes),
            triples: sorted(case.triples),
        }
    }
}

fn array(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

fn str(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

/// Parses the JSON the binary wrote.
fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{}", String::from_utf8_lossy(bytes)))
}

/// Checks that every evidence span of `doc`, extracted from `text` alone,
/// points at the cue and the sentence in the original text.
fn check_spans(text: &str, doc: &Value) {
    for e in array(&doc["edges"]) {
        for v in array(&e["evidence"]) {
            let span = |start: &str, end: &str| {
                let (s, e) = (v[start].as_u64().unwrap(), v[end].as_u64().unwrap());
                text.get(s as usize..e as usize)
            };
            assert_eq!(
                span("cue_start", "cue_end"),
                Some(str(&v["cue"])),
                "cue span of {v} in {text:?}"
            );
            assert_eq!(
                span("sentence_start", "sentence_end"),
                Some(str(&v["text"])),
                "sentence span of {v} in {text:?}"
            );
        }
    }
}

/// Runs every case from standard input and from a file, and reports all the
/// mismatches at once.
fn check(cases: &[Case]) {
    let tmp = tempdir();
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let doc = extract_stdin(tmp.path(), case.text);
        check_spans(case.text, &doc);
        let from_stdin = Graph::from_json(&doc);

        let file = format!("case-{i}.txt");
        fs::write(tmp.path().join(&file), case.text).unwrap();
        let out = run_ok(actorgraph(tmp.path()).args(["extract", &file]));
        let from_file = Graph::from_json(&json(&out.stdout));
        assert_eq!(
            from_stdin, from_file,
            "{:?}: standard input and file differ",
            case.text
        );

        let expected = Graph::expected(case);
        if from_stdin != expected {
            failures.push(format!(
                "{:?}\n    expected {:?}\n    got      {:?}",
                case.text, expected, from_stdin
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn names_match_whole_words_only() {
    check(cases! {
        "Le Nigeria condamne le Tchad." => ["NGA", "TCD"] ["NGA tension TCD"];
        "Le Niger et le Nigeria sont voisins." => ["NER", "NGA"] [];
        "La Somalie accuse le Kenya." => ["KEN", "SOM"] ["KEN tension SOM"];
        "La Biélorussie soutient l'Ukraine." => ["BLR", "UKR"] ["BLR support UKR"];
        "Somalia, Nigeria and Belarus." => ["BLR", "NGA", "SOM"] [];
        "La junte nigérienne accuse l'armée nigériane." => ["NER", "NGA"] ["NER tension NGA"];
        "The Nigerien junta accused the Nigerian army." => ["NER", "NGA"] ["NER tension NGA"];
    });
}

#[test]
fn names_match_across_case_and_accents() {
    check(cases! {
        "L'ALGERIE condamne le MALI." => ["DZA", "MLI"] ["DZA tension MLI"];
        "L'ALGÉRIE condamne le Mali." => ["DZA", "MLI"] ["DZA tension MLI"];
        "L'Algérie condamne le Mali." => ["DZA", "MLI"] ["DZA tension MLI"];
        "l'algérie condamne le mali." => ["DZA", "MLI"] ["DZA tension MLI"];
        // Decomposed é (e + U+0301).
        "L'Alge\u{301}rie condamne le Mali." => ["DZA", "MLI"] ["DZA tension MLI"];
    });
}

#[test]
fn names_match_with_either_apostrophe() {
    check(cases! {
        "L’Algérie condamne le Mali." => ["DZA", "MLI"] ["DZA tension MLI"];
        "La Côte d’Ivoire soutient le Niger." => ["CIV", "NER"] ["CIV support NER"];
        "La Côte d'Ivoire soutient le Niger." => ["CIV", "NER"] ["CIV support NER"];
        "L’ONU condamne le Mali." => ["MLI", "UN"] ["MLI tension UN"];
        "L’armée malienne soutient le Niger." => ["MLI", "NER"] ["MLI support NER"];
        "L'armée malienne soutient le Niger." => ["MLI", "NER"] ["MLI support NER"];
    });
}

#[test]
fn names_match_across_no_break_spaces() {
    check(cases! {
        "Le Burkina\u{a0}Faso soutient le Mali." => ["BFA", "MLI"] ["BFA support MLI"];
        "Le Burkina\u{202f}Faso soutient le Mali." => ["BFA", "MLI"] ["BFA support MLI"];
        "La Côte\u{a0}d’Ivoire soutient le Niger." => ["CIV", "NER"] ["CIV support NER"];
        "Au\u{a0}Sahel, le Burkina\u{202f}Faso soutient le Mali\u{a0}!" =>
            ["BFA", "MLI"] ["BFA support MLI"];
        "«\u{a0}Le Burkina\u{a0}Faso soutient le Mali\u{202f}», dit-il." =>
            ["BFA", "MLI"] ["BFA support MLI"];
    });
}

#[test]
fn demonyms_name_a_state_only_with_an_institution() {
    check(cases! {
        "L'armée malienne soutient le Niger." => ["MLI", "NER"] ["MLI support NER"];
        "Les autorités russes soutiennent le Mali." => ["MLI", "RUS"] ["RUS support MLI"];
        "Le peuple malien soutient la Russie." => ["RUS"] [];
        "Les Maliens manifestent." => [] [];
        "The Malian junta accused France." => ["FRA", "MLI"] ["FRA tension MLI"];
        "Russian instructors trained the Malian army." => ["MLI", "RUS"] ["RUS support MLI"];
    });
}

#[test]
fn short_acronyms_match_only_in_capitals() {
    check(cases! {
        "Un accord a été signé." => [] [];
        "Un accord entre un pays et un autre." => [] [];
        "L'ONU et le UN." => ["UN"] [];
        "L'UA et l'UE." => ["AU", "EU"] [];
        "The UN condemned Mali." => ["MLI", "UN"] ["MLI tension UN"];
    });
}

#[test]
fn the_longest_name_wins() {
    check(cases! {
        "Le Burkina Faso soutient le Mali." => ["BFA", "MLI"] ["BFA support MLI"];
        "La Guinée-Bissau et la Guinée équatoriale." => ["GNB", "GNQ"] [];
        "La République démocratique du Congo." => ["COD"] [];
        "L'État islamique au Grand Sahara attaque le Niger." =>
            ["ISSP", "NER"] ["ISSP conflict NER"];
        // A global movement without its regional branch is no actor.
        "L'État islamique attaque le Niger." => ["NER"] [];
        // A word inside a name is no cue.
        "Le Mali et l'Union africaine." => ["AU", "MLI"] [];
        "L'Alliance des États du Sahel regroupe le Mali, le Burkina Faso et le Niger." =>
            ["AES", "BFA", "MLI", "NER"]
            ["BFA membership AES", "MLI membership AES", "NER membership AES"];
        "L'Union africaine et l'Union européenne signent un partenariat." =>
            ["AU", "EU"] ["AU alliance EU"];
    });
}

#[test]
fn relations_follow_the_guidelines() {
    check(cases! {
        "Le Kremlin soutient Bamako." => ["MLI", "RUS"] ["RUS support MLI"];
        "Moscow backs Bamako." => ["MLI", "RUS"] ["RUS support MLI"];
        "Russia delivered drones to Mali." => ["MLI", "RUS"] ["RUS support MLI"];
        // A capital named as a place.
        "Les Maliens manifestent à Bamako." => [] [];
        // Negated or denied.
        "La Russie ne soutient pas le Mali." => ["MLI", "RUS"] [];
        "Moscou dément toute coopération avec Bamako." => ["MLI", "RUS"] [];
        // A list expands.
        "La Russie soutient trois régimes : le Mali, le Burkina Faso et le Niger." =>
            ["BFA", "MLI", "NER", "RUS"]
            ["RUS support BFA", "RUS support MLI", "RUS support NER"];
        // Substitution.
        "La Russie se présente comme un partenaire alternatif à la France." => ["FRA", "RUS"] [];
        // Withdrawal, recall of one's ambassador.
        "Le retrait du Mali de la CEDEAO." => ["ECOWAS", "MLI"] ["ECOWAS tension MLI"];
        "Le Mali rappelle son ambassadeur en Algérie." => ["DZA", "MLI"] ["DZA tension MLI"];
        // Founders are members.
        "Le Mali, le Burkina Faso et le Niger ont fondé l'AES." =>
            ["AES", "BFA", "MLI", "NER"]
            ["BFA membership AES", "MLI membership AES", "NER membership AES"];
        "Niger is a member of ECOWAS." => ["ECOWAS", "NER"] ["NER membership ECOWAS"];
        // Mediation alone.
        "Le Togo assure une médiation entre la CEDEAO et l'AES." => ["AES", "ECOWAS", "TGO"] [];
    });
}

#[test]
fn dot_format_to_stdout() {
    let out = run_ok_with_input(
        actorgraph(&root()).args(["extract", "--format", "dot"]),
        "La Russie soutient le Mali.".as_bytes(),
    );
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph"), "{dot}");
    assert!(dot.contains(r#""RUS" -> "MLI""#), "{dot}");
    assert!(dot.trim_end().ends_with('}'), "{dot}");
}

#[test]
fn output_file_holds_what_stdout_would() {
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();
    let stdout = run_ok(actorgraph(dir).args(["extract", "a.txt"])).stdout;

    let out = run_ok(actorgraph(dir).args(["extract", "a.txt", "-o", "graph.json"]));
    assert!(out.stdout.is_empty(), "stdout not empty with -o");
    assert_eq!(fs::read(dir.join("graph.json")).unwrap(), stdout);

    run_ok(actorgraph(dir).args(["extract", "a.txt", "--format", "dot", "-o", "graph.dot"]));
    let dot = fs::read_to_string(dir.join("graph.dot")).unwrap();
    assert!(dot.starts_with("digraph"), "{dot}");
}

#[test]
fn several_files_make_one_graph() {
    let tmp = tempdir();
    let dir = tmp.path();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();
    fs::write(
        dir.join("b.txt"),
        "Moscou soutient le Mali. Le Niger et le Mali.\n",
    )
    .unwrap();
    let doc = json(&run_ok(actorgraph(dir).args(["extract", "a.txt", "b.txt"])).stdout);

    assert_eq!(
        doc["graph"]["articles"],
        serde_json::json!([{"id": "a.txt", "date": null}, {"id": "b.txt", "date": null}])
    );
    let graph = Graph::from_json(&doc);
    assert_eq!(graph.nodes, ["MLI", "NER", "RUS"]);
    assert_eq!(graph.triples, ["RUS support MLI"]);
    let edge = &array(&doc["edges"])[0];
    let articles: Vec<&str> = array(&edge["evidence"])
        .iter()
        .map(|v| str(&v["article"]))
        .collect();
    assert_eq!(articles, ["a.txt", "b.txt"], "{edge}");
    assert_eq!(edge["weight"], 2, "{edge}");
    assert_eq!(edge["articles"], 2, "{edge}");
}

#[test]
fn version() {
    let out = run_ok(actorgraph(&root()).arg("--version"));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("actorgraph {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn extract_help_shows_examples() {
    let out = run_ok(actorgraph(&root()).args(["extract", "--help"]));
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Examples:"), "{help}");
    assert!(help.contains("actorgraph extract article.txt"), "{help}");
}

#[test]
fn dictionaries_check_the_builtin_and_an_exported_set() {
    let out = run_ok(actorgraph(&root()).args(["dictionaries", "check"]));
    assert!(out.stdout.starts_with(b"ok: "), "{out:?}");

    let tmp = tempdir();
    run_ok(actorgraph(tmp.path()).args(["dictionaries", "export", "dicts"]));
    assert!(tmp.path().join("dicts/actors/states.txt").is_file());
    let exported = run_ok(actorgraph(tmp.path()).args(["dictionaries", "check", "dicts"]));
    assert_eq!(
        exported.stdout, out.stdout,
        "exported set differs from built-in"
    );
}

#[test]
fn broken_dictionaries_stop_before_writing() {
    let tmp = tempdir();
    let dir = tmp.path();
    run_ok(actorgraph(dir).args(["dictionaries", "export", "dicts"]));
    let states = dir.join("dicts/actors/states.txt");
    let mut text = fs::read_to_string(&states).unwrap();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let bad_line = text.lines().count() + 1;
    text.push_str("nonsense here\n");
    fs::write(&states, text).unwrap();
    fs::write(dir.join("a.txt"), "La Russie soutient le Mali.\n").unwrap();

    let out = run(actorgraph(dir).args([
        "extract",
        "a.txt",
        "--dictionaries",
        "dicts",
        "-o",
        "graph.json",
    ]));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let location = format!("actors/states.txt:{bad_line}");
    assert!(stderr.contains(&location), "no {location} in:\n{stderr}");
    assert!(!dir.join("graph.json").exists(), "an output was written");
    assert!(out.stdout.is_empty());

    let check = run(actorgraph(dir).args(["dictionaries", "check", "dicts"]));
    assert_eq!(check.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&check.stderr).contains(&location));
}

#[test]
fn missing_input_fails_with_its_path() {
    let tmp = tempdir();
    let out = run(actorgraph(tmp.path()).args(["extract", "missing-article.txt"]));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("missing-article.txt"), "{stderr}");
}

#[test]
fn empty_input_gives_an_empty_graph() {
    let tmp = tempdir();
    fs::write(tmp.path().join("empty.txt"), "").unwrap();
    let from_stdin = run_ok(actorgraph(tmp.path()).arg("extract")).stdout;
    let from_file = run_ok(actorgraph(tmp.path()).args(["extract", "empty.txt"])).stdout;
    for bytes in [from_stdin, from_file] {
        let doc = json(&bytes);
        assert_eq!(doc["directed"], true, "{doc}");
        assert_eq!(doc["multigraph"], true, "{doc}");
        assert_eq!(doc["nodes"], serde_json::json!([]), "{doc}");
        assert_eq!(doc["edges"], serde_json::json!([]), "{doc}");
    }
}

#[test]
fn explain_shows_drawn_triples() {
    let out = run_ok_with_input(
        actorgraph(&root()).arg("explain"),
        "La Russie soutient le Mali. L'Algérie condamne le Mali.".as_bytes(),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let drawn: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("drawn:"))
        .collect();
    assert_eq!(drawn.len(), 2, "{text}");
    assert!(drawn[0].contains("RUS support MLI"), "{text}");
}
