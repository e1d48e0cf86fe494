//! Property tests (proptest) over the library: arbitrary bytes in, no panic,
//! every span on character boundaries of the decoded text, every input
//! offset within the input and in order, and the JSON export always valid.
//!
//! Inputs mix random bytes with pieces of real text (names, cues, accents in
//! UTF-8 and Windows-1252, line breaks, byte order marks), so that the cases
//! reach the matcher and the relation rules rather than stopping at the
//! decoder. The number of cases is kept small so the test runs in a few
//! seconds; `cargo fuzz` (see `fuzz/`) explores for longer.

use std::sync::OnceLock;

use actorgraph::{
    ActorGraph, Dictionaries, Extractor, export,
    input::{self, Opened, TextReader},
};
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(Dictionaries::builtin()))
}

/// Pieces of input: real words and tricky bytes.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "La Russie soutient le Mali. ", "L'Algérie condamne ", "le Niger", " et ",
            "M. ", "« ", " »", "\n", "\n\n", "\r\n", " ", "\u{a0}", "...", "?", "!",
            "l'armée malienne", "Bamako", "the UN", "Burkina\u{202f}Faso", "ne soutient pas",
            "la junte", "ils", "CEDEAO", "entre", "AES", "œuvre", "😀", "\u{feff}",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        2 => prop::sample::select(vec![
            &b"\xE9"[..], b"\xAB", b"\xBB", b"\x92", b"\x81", b"\xC3", b"\xFF", b"\x00",
            b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF", b"%PDF-",
        ])
        .prop_map(|b| b.to_vec()),
        1 => prop::collection::vec(any::<u8>(), 0..16),
    ]
}

fn input_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_give_valid_spans_and_json(bytes in input_bytes()) {
        let Ok((text, map)) = input::decode_with_map(bytes.clone()) else {
            // Binary: skipped, nothing more to check.
            return Ok(());
        };
        let article = extractor().analyse("p", &text);
        let mut last_source = 0;
        for s in &article.sentences {
            prop_assert!(text.get(s.span.range()).is_some(), "sentence {:?}", s.span);
            let sentence = &text[s.span.range()];
            for m in &s.mentions {
                prop_assert!(text.get(m.span.range()).is_some(), "mention {:?}", m.span);
                prop_assert!(s.span.start <= m.span.start && m.span.end <= s.span.end);
            }
            for d in &s.relations.drawn {
                prop_assert!(sentence.get(d.cue.range()).is_some(), "cue {:?}", d.cue);
            }
            // Input offsets: inside the input, in order, never inverted.
            let source = map.source_span(s.span);
            prop_assert!(source.start <= source.end && source.end <= bytes.len());
            prop_assert!(last_source <= source.start, "sentences out of order");
            last_source = source.end;
        }
        let mut graph = ActorGraph::new();
        graph.add_article(&article, &text);
        let mut json = Vec::new();
        export::write_json(&graph, extractor().dictionaries(), &mut json).unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&json)
            .map_err(|e| TestCaseError::fail(format!("invalid JSON: {e}")))?;
        prop_assert!(doc["edges"].is_array() && doc["nodes"].is_array());
    }

    #[test]
    fn streaming_agrees_with_whole_decoding(bytes in input_bytes()) {
        let whole = input::decode_with_map(bytes.clone());
        let Opened::Text(mut reader) = TextReader::sniff(bytes.as_slice()).unwrap() else {
            prop_assert!(whole.is_err(), "binary for one, text for the other");
            return Ok(());
        };
        let (text, map) = whole.unwrap();
        let article = extractor().analyse("p", &text);
        let mut streamed = Vec::new();
        extractor()
            .analyse_reader("p", &mut reader, |part| {
                for s in &part.sentences {
                    let drawn: Vec<_> = s.relations.drawn.iter().map(|d| d.triple).collect();
                    streamed.push((s.span, part.source_span(s.span), part.text(s.span).to_string(), drawn));
                }
            })
            .unwrap();
        let expected: Vec<_> = article
            .sentences
            .iter()
            .map(|s| {
                let drawn: Vec<_> = s.relations.drawn.iter().map(|d| d.triple).collect();
                (s.span, map.source_span(s.span), text[s.span.range()].to_string(), drawn)
            })
            .collect();
        prop_assert_eq!(streamed, expected);
    }
}
