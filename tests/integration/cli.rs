//! The command line on small texts written for each case.

use crate::util::{actorgraph, root, run_with_input};

/// Extracts `text` from standard input and returns `source type target` lines.
fn triples(text: &str) -> Vec<String> {
    let out = run_with_input(actorgraph(&root()).arg("extract"), text.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["edges"]
        .as_array()
        .unwrap()
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

#[test]
fn stdin_to_stdout() {
    assert_eq!(triples("La Russie soutient le Mali."), ["RUS support MLI"]);
}
