//! The score against annotated articles: every article is extracted by the
//! real binary and scored by the shared `score.py`, and the micro-averaged
//! scores must stay above the bars below. Two sets: the gold annotations in
//! `<repo>/../shared/gold`, and the project's own `tests/annotated`
//! (articles written for the project and annotated by the same
//! guidelines, which the rules were not written from: see its README).
//!
//! `cargo test --release gold -- --nocapture` shows the per-article scores
//! and the summary.

use std::{fs, path::Path, process::Command};

use crate::util::{actorgraph, python3, require_tool, root, run_ok, shared, tempdir};

/// The minimum micro-averaged scores of one annotated set.
struct Bars {
    relation_f1: f64,
    relation_precision: f64,
    actor_f1: f64,
}

/// The shared gold: the F1 0.80 and P 0.85, raised as the rules
/// earned it (F1 0.940, P 1.000 at the time; 0.948 later), with room for
/// about five triples lost to a rule that is right on news in general.
const GOLD_BARS: Bars = Bars {
    relation_f1: 0.89,
    relation_precision: 0.95,
    actor_f1: 0.95,
};

/// The project's own annotated articles: the first twelve scored F1
/// 0.625, P 0.704 at first, 0.716 / 0.795 when they joined the tests; the
/// ten held-out ones 0.667 / 0.885 before any change, the next ten
/// 0.500 / 0.695, the ten after them (91-100, beyond the Sahel) 0.676 /
/// 0.730. All 22 at F1 0.789, P 0.905 when the bar last rose; all 32 at
/// 0.773 / 0.893 when 81-90 joined; all 42 at 0.759 / 0.859 when 91-100
/// joined, and the bar came down with them. Then three held-out sets of ten
/// more (101-130, Sahel-centred), blind: 0.700 / 0.790, 0.587 / 0.720 and
/// 0.443 / 0.623 with the rules of the day they came; all 72 at 0.738 /
/// 0.844 when they joined, and the bar came down again; 0.758 / 0.854 at
/// the end of that stop, the bar a little below. Four more blind sets
/// (131-170, beyond the Sahel too), scored with the rules at the start of
/// their stop: 0.632 / 0.789, 0.484 / 0.585, 0.500 / 0.632 and 0.494 /
/// 0.645; the last two came after that stop's first rules and scored
/// 0.557 and 0.494 with them. All 112 at 0.736 / 0.833 when they joined.
/// Two more (171-190), written at the end of that stop and joined
/// unstudied: 0.388 / 0.574 and 0.675 / 0.825 (0.377 and 0.658 with the
/// rules at its start). All 132 at 0.706 / 0.818, and the bar came down
/// with them. Room for a few triples.
const ANNOTATED_BARS: Bars = Bars {
    relation_f1: 0.69,
    relation_precision: 0.80,
    actor_f1: 0.95,
};

#[test]
fn gold_scores_stay_above_the_bars() {
    let gold = shared().join("gold");
    let Some(gold) = require_tool(
        gold.join("score.py").is_file().then_some(gold),
        "the gold annotations (<repo>/../shared/gold)",
        "check out the shared directory beside the repository",
    ) else {
        return;
    };
    score_set(
        &gold,
        &shared().join("corpus"),
        &gold.join("score.py"),
        &GOLD_BARS,
    );
}

#[test]
fn annotated_articles_score_above_the_bars() {
    let scorer = shared().join("gold/score.py");
    let Some(scorer) = require_tool(
        scorer.is_file().then_some(scorer),
        "the scorer (<repo>/../shared/gold/score.py)",
        "check out the shared directory beside the repository",
    ) else {
        return;
    };
    let annotated = root().join("tests/annotated");
    score_set(&annotated, &annotated, &scorer, &ANNOTATED_BARS);
}

/// Extracts every article that a `*.json` annotation in `gold` names, from
/// `corpus`, scores the graphs with `scorer` and checks them against `bars`.
fn score_set(gold: &Path, corpus: &Path, scorer: &Path, bars: &Bars) {
    let Some(python) = python3() else { return };

    let tmp = tempdir();
    let predictions = tmp.path();
    let mut articles = 0;
    for entry in fs::read_dir(gold).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let doc: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let article = doc["article"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: no \"article\" field", path.display()));
        let input = corpus.join(article);
        assert!(
            input.is_file(),
            "{}: article {} not found",
            path.display(),
            input.display()
        );
        let stem = Path::new(article).file_stem().unwrap().to_string_lossy();
        run_ok(
            actorgraph(predictions)
                .arg("extract")
                .arg(&input)
                .args(["--format", "json", "-o"])
                .arg(predictions.join(format!("{stem}.json"))),
        );
        articles += 1;
    }
    assert!(articles > 0, "no gold files in {}", gold.display());

    let score = |flag: &str| {
        let out = run_ok(
            Command::new(python)
                .arg(scorer)
                .arg(gold)
                .arg(predictions)
                .arg(flag),
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let verbose = score("--verbose");
    let json = score("--json");
    println!("{verbose}");
    println!("{json}");

    let summary: serde_json::Value = serde_json::from_str(&json).unwrap();
    let relations = &summary["relations"];
    let get = |v: &serde_json::Value| v.as_f64().expect("a score");
    let (precision, f1) = (get(&relations["precision"]), get(&relations["f1"]));
    let actor_f1 = get(&summary["actors"]["f1"]);
    let failures: Vec<String> = [
        ("relation F1", f1, bars.relation_f1),
        ("relation precision", precision, bars.relation_precision),
        ("actor F1", actor_f1, bars.actor_f1),
    ]
    .into_iter()
    .filter(|&(_, score, bar)| score < bar)
    .map(|(what, score, bar)| format!("{what} {score:.3} is below the bar {bar:.2}"))
    .collect();
    assert!(
        failures.is_empty(),
        "{}\n\nrelations P={precision:.3} R={:.3} F1={f1:.3}, actors F1={actor_f1:.3}\n\
         per article (false positives, missed triples and actors):\n{verbose}",
        failures.join("; "),
        get(&relations["recall"]),
    );
}
