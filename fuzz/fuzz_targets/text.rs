//! Fuzzes the text pipeline: arbitrary bytes are decoded as a file would be
//! (`input::decode`: BOM, binary detection, encoding detection) and, when
//! they are text, analysed and exported. Nothing may panic, every span must
//! lie on character boundaries of the decoded text, and the JSON export must
//! parse.

#![no_main]

use actorgraph::{ActorGraph, Dictionaries, Extractor, export, input};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(Dictionaries::builtin()))
}

fuzz_target!(|data: &[u8]| {
    let input::Decoded::Text(text, _) = input::decode(data.to_vec()) else {
        return;
    };
    let extractor = extractor();
    let article = extractor.analyse("fuzz", &text);
    for s in &article.sentences {
        assert!(text.get(s.span.range()).is_some(), "sentence {:?}", s.span);
        for m in &s.mentions {
            assert!(text.get(m.span.range()).is_some(), "mention {:?}", m.span);
        }
        let sentence = &text[s.span.range()];
        for d in &s.relations.drawn {
            assert!(sentence.get(d.cue.range()).is_some(), "cue {:?}", d.cue);
        }
    }
    let mut graph = ActorGraph::new();
    graph.add_article(&article, &text);
    let mut json = Vec::new();
    export::write_json(&graph, extractor.dictionaries(), &mut json).unwrap();
    let _: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let mut dot = Vec::new();
    export::write_dot(&graph, extractor.dictionaries(), &mut dot).unwrap();
    let mut explanation = Vec::new();
    actorgraph::explain::write_explanation(
        &article,
        &text,
        extractor.dictionaries(),
        &mut explanation,
    )
    .unwrap();
});
