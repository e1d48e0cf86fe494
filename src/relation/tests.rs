//! Unit tests of the relation rules: one named case per construction, in
//! French and English, on sentences written for the purpose.

use crate::{Dictionaries, Extractor};

/// The triples drawn from `text`, as `SOURCE type TARGET`, sorted.
pub(super) fn triples(text: &str) -> Vec<String> {
    let extractor = Extractor::new(Dictionaries::builtin());
    let dicts = extractor.dictionaries();
    let article = extractor.analyse("test", text);
    let mut out: Vec<String> = article
        .sentences
        .iter()
        .flat_map(|s| &s.relations.drawn)
        .map(|d| {
            let t = d.triple;
            format!(
                "{} {} {}",
                dicts.actor(t.source).id,
                t.kind.as_str(),
                dicts.actor(t.target).id
            )
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(triples(text), expected, "in {text:?}");
}

#[test]
fn active_support() {
    check("La Russie soutient le Mali.", &["RUS support MLI"]);
    check("Russia supports Mali.", &["RUS support MLI"]);
}
