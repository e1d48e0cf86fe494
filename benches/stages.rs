//! Per-stage costs of the pipeline, with criterion: `cargo bench`.
//!
//! The sample is the bundled articles (`../shared/corpus` beside the
//! repository when present, else `tests/corpus`), read at run time. Each
//! stage is measured alone on inputs prepared outside the timed loop, and
//! reported in bytes of article text per second, so the stages add up to
//! the end-to-end figure of `benches/run.sh`.

use std::{hint::black_box, path::Path};

use actorgraph::{
    ActorGraph, ActorMatcher, Dictionaries, Extractor, NormalizedText, RelationRules, export,
    relation::Context,
    sentence::SentenceSplitter,
    token::{Token, tokenize},
};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The bundled articles, repeated to about 256 kB.
fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/corpus");
    let dir = if shared.is_dir() {
        shared
    } else {
        root.join("tests/corpus")
    };
    let mut one: Vec<String> = std::fs::read_dir(&dir)
        .expect("the bundled corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    one.sort();
    let size: usize = one.iter().map(String::len).sum();
    let copies = (256 * 1024 / size.max(1)).max(1);
    (0..copies).flat_map(|_| one.iter().cloned()).collect()
}

struct Prepared {
    sentences: Vec<String>,
    norms: Vec<NormalizedText>,
    tokens: Vec<Vec<Token>>,
}

fn stages(c: &mut Criterion) {
    let texts = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let extractor = Extractor::new(Dictionaries::builtin());
    let dicts = extractor.dictionaries();
    let splitter = SentenceSplitter::new(dicts.abbreviations.iter().map(String::as_str));
    let matcher = ActorMatcher::new(dicts);
    let rules = RelationRules::new(dicts);
    // Each sentence with its article's language, as the extractor reads it.
    let (sentences, languages): (Vec<String>, Vec<usize>) = texts
        .iter()
        .flat_map(|t| {
            let norm = NormalizedText::new(t);
            let words = tokenize(norm.as_str());
            let language = rules
                .detect_language(
                    words
                        .iter()
                        .filter(|w| w.is_word())
                        .map(|w| &norm.as_str()[w.start..w.end]),
                )
                .unwrap_or(0);
            splitter
                .split(t)
                .into_iter()
                .map(move |r| (t[r].to_string(), language))
        })
        .unzip();
    let prepare = || {
        let norms: Vec<NormalizedText> = sentences.iter().map(|s| NormalizedText::new(s)).collect();
        let tokens = norms.iter().map(|n| tokenize(n.as_str())).collect();
        Prepared {
            sentences: sentences.clone(),
            norms,
            tokens,
        }
    };
    let order = |language: usize| dicts.lexicons[language].demonym_order;

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("sentences", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(splitter.split(t));
            }
        })
    });
    g.bench_function("normalisation", |b| {
        b.iter(|| {
            for s in &sentences {
                black_box(NormalizedText::new(s));
            }
        })
    });
    let p = prepare();
    g.bench_function("tokens", |b| {
        b.iter(|| {
            for n in &p.norms {
                black_box(tokenize(n.as_str()));
            }
        })
    });
    g.bench_function("matching", |b| {
        b.iter(|| {
            for (((n, s), t), &l) in p
                .norms
                .iter()
                .zip(&p.sentences)
                .zip(&p.tokens)
                .zip(&languages)
            {
                black_box(matcher.find(n, s, t, order(l)));
            }
        })
    });
    let mentions: Vec<_> = p
        .norms
        .iter()
        .zip(&p.sentences)
        .zip(&p.tokens)
        .zip(&languages)
        .map(|(((n, s), t), &l)| matcher.find(n, s, t, order(l)))
        .collect();
    let context = Context::default();
    g.bench_function("relations", |b| {
        b.iter(|| {
            for ((((n, s), t), m), &l) in p
                .norms
                .iter()
                .zip(&p.sentences)
                .zip(&p.tokens)
                .zip(&mentions)
                .zip(&languages)
            {
                black_box(rules.read(l, n, s, t, m, &context));
            }
        })
    });
    let analysed: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| extractor.analyse(&format!("a{i}"), t))
        .collect();
    g.bench_function("graph", |b| {
        b.iter(|| {
            let mut graph = ActorGraph::new();
            for (a, t) in analysed.iter().zip(&texts) {
                graph.add_article(a, t);
            }
            black_box(graph)
        })
    });
    let mut graph = ActorGraph::new();
    for (a, t) in analysed.iter().zip(&texts) {
        graph.add_article(a, t);
    }
    g.bench_function("export_json", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            export::write_json(&graph, dicts, &mut out).unwrap();
            black_box(out)
        })
    });
    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            let mut graph = ActorGraph::new();
            for (i, t) in texts.iter().enumerate() {
                graph.add_article(&extractor.analyse(&format!("a{i}"), t), t);
            }
            let mut out = Vec::with_capacity(1 << 20);
            export::write_json(&graph, dicts, &mut out).unwrap();
            black_box(out)
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
