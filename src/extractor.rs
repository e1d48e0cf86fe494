//! The pipeline: from an article's text to its mentions and relations.
//!
//! [`Extractor`] is built once from a dictionary set and reused for every
//! article; it holds no per-article state, so one extractor serves many
//! threads. For each article it splits sentences on the original text, folds
//! each sentence ([`crate::normalize`]), finds actors ([`crate::matcher`])
//! and reads relations ([`crate::relation`]), carrying the little context
//! that descriptions need from one sentence to the next. It returns an
//! [`Article`] that [`crate::graph`] turns into edges and `explain` prints.
//!
//! It does not read files (the caller gives text) nor build the graph.

use std::collections::HashMap;

use crate::{
    dictionary::{ActorId, DemonymOrder, Dictionaries},
    matcher::{ActorMatcher, Mention},
    normalize::NormalizedText,
    relation::{Context, RelationRules, SentenceRelations},
    sentence::SentenceSplitter,
    span::Span,
    token::tokenize,
};

/// Everything needed to analyse articles: compiled dictionaries and rules.
///
/// # Example
///
/// ```
/// use actorgraph::{Dictionaries, Extractor};
///
/// let extractor = Extractor::new(Dictionaries::builtin());
/// let article = extractor.analyse("demo.txt", "La Russie soutient le Mali.");
/// let dicts = extractor.dictionaries();
/// let triples: Vec<String> = article.sentences[0].relations.drawn.iter()
///     .map(|d| format!("{} {} {}", dicts.actor(d.triple.source).id,
///         d.triple.kind.as_str(), dicts.actor(d.triple.target).id))
///     .collect();
/// assert_eq!(triples, ["RUS support MLI"]);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    dictionaries: Dictionaries,
    matcher: ActorMatcher,
    rules: RelationRules,
    splitter: SentenceSplitter,
}

/// One analysed article.
#[derive(Clone, Debug)]
pub struct Article {
    /// The article's id (usually its path).
    pub id: String,
    /// The language whose cues were used.
    pub language: String,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
}

/// One analysed sentence. Spans are in bytes of the article.
#[derive(Clone, Debug)]
pub struct Sentence {
    /// Where the sentence is in the article.
    pub span: Span,
    /// The actors named in it; spans relative to the article.
    pub mentions: Vec<Mention>,
    /// The relations read in it; spans relative to the sentence.
    pub relations: SentenceRelations,
}

impl Extractor {
    /// Compiles a dictionary set. Cost: linear in the number of aliases and
    /// cues; build once and reuse.
    pub fn new(dictionaries: Dictionaries) -> Extractor {
        let matcher = ActorMatcher::new(&dictionaries);
        let rules = RelationRules::new(&dictionaries);
        let splitter = SentenceSplitter::new(dictionaries.abbreviations.iter().map(String::as_str));
        Extractor {
            dictionaries,
            matcher,
            rules,
            splitter,
        }
    }

    /// The dictionaries this extractor was built from.
    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dictionaries
    }

    /// Analyses one article. Never fails: text with no actor gives sentences
    /// with no mention.
    pub fn analyse(&self, id: &str, text: &str) -> Article {
        let ranges = self.splitter.split(text);
        // First pass: fold, tokenise and match every sentence, so that
        // descriptions can be resolved with the article's mention counts.
        let mut prepared = Vec::with_capacity(ranges.len());
        for r in ranges {
            let norm = NormalizedText::new(&text[r.clone()]);
            let tokens = tokenize(norm.as_str());
            prepared.push((Span::from(r), norm, tokens, Vec::new()));
        }
        let language =
            self.rules
                .detect_language(prepared.iter().flat_map(|(_, norm, tokens, _)| {
                    tokens
                        .iter()
                        .filter(|t| t.is_word())
                        .map(move |t| &norm.as_str()[t.start..t.end])
                }));
        // A text too short to show its language ("Un appui russe.") accepts
        // either word order for demonyms and reads cues of the first lexicon.
        let order = language
            .and_then(|l| self.dictionaries.lexicons.get(l))
            .map_or(DemonymOrder::Either, |l| l.demonym_order);
        let language = language.unwrap_or(0);
        let mut counts: HashMap<ActorId, usize> = HashMap::new();
        for (span, norm, tokens, mentions) in &mut prepared {
            *mentions = self.matcher.find(norm, &text[span.range()], tokens, order);
            for m in mentions.iter() {
                *counts.entry(m.actor).or_default() += 1;
            }
        }
        let mut context = Context {
            counts,
            ..Context::default()
        };
        let mut sentences = Vec::with_capacity(prepared.len());
        for (span, norm, tokens, mentions) in prepared {
            let original = &text[span.range()];
            let relations = if self.rules.languages().next().is_some() {
                self.rules
                    .read(language, &norm, original, &tokens, &mentions, &context)
            } else {
                SentenceRelations::default()
            };
            context.previous = relations.actors.clone();
            context.previous_list = relations.last_list.clone();
            context.previous_plural = relations.first_plural;
            let mentions = mentions
                .into_iter()
                .map(|m| Mention {
                    span: m.span.offset(span.start),
                    ..m
                })
                .collect();
            sentences.push(Sentence {
                span,
                mentions,
                relations,
            });
        }
        let language = self
            .rules
            .languages()
            .nth(language)
            .unwrap_or("")
            .to_string();
        Article {
            id: id.to_string(),
            language,
            sentences,
        }
    }
}
