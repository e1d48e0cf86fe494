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
//! Text is analysed in windows of about [`input::PIECE`] bytes (1 MiB), so
//! that memory stays bounded whatever the size of the input:
//! [`Extractor::analyse_reader`] streams a [`TextReader`] and hands each
//! window's sentences to the caller as an [`ArticlePart`];
//! [`Extractor::analyse`] does the same over a string and gathers the parts
//! into one [`Article`]. A window ends after its last complete sentence: the
//! sentence still open at its end is carried into the next window, so the
//! sentences are those of the whole text, and the previous-sentence context
//! carries over too. The language and the mention counts that resolve
//! descriptions are per window, so an article under 1 MiB is analysed
//! exactly as a whole. Every step is linear in the text.
//!
//! It does not open files (see [`crate::input`]) nor build the graph.

use std::{io::Read, ops::Range};

use rustc_hash::FxHashMap;

use crate::{
    dictionary::{ActorId, DemonymOrder, Dictionaries},
    input::{self, OffsetMap, TextReader},
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
    /// Bytes per window in [`Extractor::analyse_str`]; smaller in tests.
    window: usize,
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

/// The sentences of one window of an article analysed in windows
/// ([`Extractor::analyse_reader`]), with what is needed to quote them.
///
/// Spans in [`ArticlePart::sentences`] are in bytes of the article's decoded
/// text, as in an [`Article`]; [`ArticlePart::text`] slices that text and
/// [`ArticlePart::source_span`] maps a span to bytes of the input, which
/// differ when the input was transcoded or had a byte order mark.
#[derive(Clone, Debug)]
pub struct ArticlePart<'a> {
    /// The article's id.
    pub id: &'a str,
    /// The language whose cues were used in this window.
    pub language: &'a str,
    /// Index in the article of the first sentence of this part.
    pub first_sentence: usize,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    text: &'a str,
    text_start: usize,
    map: &'a OffsetMap,
}

impl<'a> ArticlePart<'a> {
    /// The text of `span`, a span of this part in bytes of the decoded
    /// article (a sentence's span, a mention's, or a cue's moved by its
    /// sentence's start). Empty for a span outside the part.
    pub fn text(&self, span: Span) -> &'a str {
        let (Some(start), Some(end)) = (
            span.start.checked_sub(self.text_start),
            span.end.checked_sub(self.text_start),
        ) else {
            return "";
        };
        self.text.get(start..end).unwrap_or_default()
    }

    /// The whole window this part was read from, which starts at byte
    /// [`ArticlePart::window_start`] of the decoded article: its sentences,
    /// then the start of the next part. The first part's window is the
    /// beginning of the article (for a date in its first lines, say).
    pub fn window(&self) -> &'a str {
        self.text
    }

    /// Where [`ArticlePart::window`] starts, in bytes of the decoded article.
    pub fn window_start(&self) -> usize {
        self.text_start
    }

    /// `span`, in bytes of the decoded article, as bytes of the input: after
    /// a byte order mark, each Windows-1252 byte and each UTF-16 code unit
    /// counted as the input has it (see [`OffsetMap`]).
    pub fn source_span(&self, span: Span) -> Span {
        self.map.source_span(span)
    }
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
    /// cues; build once and reuse. The actor automaton and the cue automata
    /// are built side by side on rayon's pool: building them is most of a
    /// short run's time.
    pub fn new(dictionaries: Dictionaries) -> Extractor {
        let (matcher, rules) = rayon::join(
            || ActorMatcher::new(&dictionaries),
            || RelationRules::new(&dictionaries),
        );
        let splitter = SentenceSplitter::new(dictionaries.abbreviations.iter().map(String::as_str));
        Extractor {
            dictionaries,
            matcher,
            rules,
            splitter,
            window: WINDOW,
        }
    }

    /// The same extractor, reading every cue, also in sentences that name
    /// fewer than two actors, where none can be drawn: what
    /// [`crate::explain`] shows. Slower; the drawn triples are the same.
    pub fn explaining(mut self) -> Extractor {
        self.rules.read_every_cue(true);
        self
    }

    /// The dictionaries this extractor was built from.
    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dictionaries
    }

    /// Analyses one article. Never fails: text with no actor gives sentences
    /// with no mention. Spans are in bytes of `text`; the language is the
    /// first window's. Cost: linear in the length of `text`; the result
    /// holds every sentence, so for inputs of unknown size prefer
    /// [`Extractor::analyse_reader`].
    pub fn analyse(&self, id: &str, text: &str) -> Article {
        let mut language = None;
        let mut sentences = Vec::new();
        self.analyse_str(id, text, &OffsetMap::identity(), |part| {
            language.get_or_insert_with(|| part.language.to_string());
            sentences.extend(part.sentences);
        });
        Article {
            id: id.to_string(),
            language: language.unwrap_or_else(|| self.language_name(None).to_string()),
            sentences,
        }
    }

    /// Analyses `text` window by window, calling `each` with every window
    /// that has sentences, in order. The windows are the ones
    /// [`Extractor::analyse_reader`] would use on the same text in UTF-8.
    /// `map` maps offsets in `text` to offsets in its input.
    pub fn analyse_str(
        &self,
        id: &str,
        text: &str,
        map: &OffsetMap,
        mut each: impl FnMut(ArticlePart<'_>),
    ) {
        let mut stream = Stream::default();
        let (mut start, mut end) = (0, 0);
        loop {
            end = window_end(text, end, self.window);
            let at_end = end == text.len();
            let window = &text[start..end];
            start += self.window(id, &mut stream, window, start, at_end, map, &mut each);
            if at_end {
                return;
            }
        }
    }

    /// Analyses an article read from `reader`, one window at a time, calling
    /// `each` with every window that has sentences, in order. Memory is
    /// bounded by the window size (1 MiB of text, a few MiB while it is
    /// analysed), whatever the length of the input; the parts' spans count
    /// from the start of the decoded text, and
    /// [`ArticlePart::source_span`] maps them to bytes of the input. The
    /// reader's encoding and replaced bytes can be asked for afterwards.
    ///
    /// # Errors
    ///
    /// Any error from the underlying reader; the parts before it were
    /// handed to `each`.
    ///
    /// # Example
    ///
    /// ```
    /// use actorgraph::{Dictionaries, Extractor, input::{Opened, TextReader}};
    ///
    /// let extractor = Extractor::new(Dictionaries::builtin());
    /// let bytes: &[u8] = b"L'Alg\xE9rie soutient le Mali."; // Windows-1252
    /// let Opened::Text(mut reader) = TextReader::sniff(bytes)? else { unreachable!() };
    /// let mut cues = Vec::new();
    /// extractor.analyse_reader("a.txt", &mut reader, |part| {
    ///     for s in &part.sentences {
    ///         for d in &s.relations.drawn {
    ///             let cue = d.cue.offset(s.span.start);
    ///             cues.push((part.text(cue).to_string(), part.source_span(cue).range()));
    ///         }
    ///     }
    /// })?;
    /// // "soutient" is at bytes 11..19 of the UTF-8 text, 10..18 of the input.
    /// assert_eq!(cues, [("soutient".to_string(), 10..18)]);
    /// assert_eq!(&bytes[10..18], b"soutient");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn analyse_reader<R: Read>(
        &self,
        id: &str,
        reader: &mut TextReader<R>,
        mut each: impl FnMut(ArticlePart<'_>),
    ) -> std::io::Result<()> {
        let mut stream = Stream::default();
        let mut window = String::new();
        let mut map = OffsetMap::identity();
        let mut start = 0;
        loop {
            let more = reader.next_piece(&mut window, &mut map)?;
            let at_end = !more || reader.is_done();
            let used = self.window(id, &mut stream, &window, start, at_end, &map, &mut each);
            if at_end {
                return Ok(());
            }
            window.drain(..used);
            start += used;
            map.forget_before(start);
        }
    }

    /// The name of language `index`, or of the first language when the text
    /// showed none.
    fn language_name(&self, index: Option<usize>) -> &str {
        self.rules.languages().nth(index.unwrap_or(0)).unwrap_or("")
    }

    /// Analyses the complete sentences of `text`, a window that starts at
    /// byte `start` of the article, hands them to `each`, and returns where
    /// the next window must start, relative to `text`: at the sentence still
    /// open at its end, unless `at_end`.
    #[allow(clippy::too_many_arguments)]
    fn window(
        &self,
        id: &str,
        stream: &mut Stream,
        text: &str,
        start: usize,
        at_end: bool,
        map: &OffsetMap,
        each: &mut impl FnMut(ArticlePart<'_>),
    ) -> usize {
        let mut ranges = self.splitter.split(text);
        let mut used = text.len();
        if !at_end && let Some(last) = ranges.last() {
            // The last sentence may go on in the next window, unless more
            // whitespace than the splitter's cap follows it: any sentence
            // joining it to later text would be cut right after it.
            if text.len() - last.end <= SPLITTER_CAP + 4 {
                used = last.start;
                ranges.pop();
            }
        }
        if ranges.is_empty() {
            return used;
        }
        let (language, sentences) = self.sentences(text, start, ranges, stream);
        let first_sentence = stream.sentences;
        stream.sentences += sentences.len();
        each(ArticlePart {
            id,
            language: self.language_name(language),
            first_sentence,
            sentences,
            text,
            text_start: start,
            map,
        });
        used
    }

    /// Analyses the sentences at `ranges` of `text`, a window starting at
    /// byte `start` of the article: the language and the mention counts are
    /// the window's; the previous-sentence context comes from `stream`.
    fn sentences(
        &self,
        text: &str,
        start: usize,
        ranges: Vec<Range<usize>>,
        stream: &mut Stream,
    ) -> (Option<usize>, Vec<Sentence>) {
        // First pass: fold, tokenise and match every sentence, so that
        // descriptions can be resolved with the window's mention counts.
        let mut prepared = Vec::with_capacity(ranges.len());
        for r in ranges {
            let norm = NormalizedText::new(&text[r.clone()]);
            let tokens = tokenize(norm.as_str());
            prepared.push((Span::from(r), norm, tokens, Vec::new()));
        }
        let detected =
            self.rules
                .detect_language(prepared.iter().flat_map(|(_, norm, tokens, _)| {
                    tokens
                        .iter()
                        .filter(|t| t.is_word())
                        .map(move |t| &norm.as_str()[t.start..t.end])
                }));
        // A text too short to show its language ("Un appui russe.") accepts
        // either word order for demonyms and reads the cues of the lexicon
        // that matches it most ("Moscou soutient Bamako.").
        let order = detected
            .and_then(|l| self.dictionaries.lexicons.get(l))
            .map_or(DemonymOrder::Either, |l| l.demonym_order);
        let language = detected
            .or_else(|| {
                self.rules.best_lexicon_for(
                    prepared
                        .iter()
                        .map(|(span, norm, tokens, _)| (norm, &text[span.range()], &tokens[..])),
                )
            })
            .unwrap_or(0);
        let mut counts: FxHashMap<ActorId, usize> = FxHashMap::default();
        for (span, norm, tokens, mentions) in &mut prepared {
            *mentions = self.matcher.find(norm, &text[span.range()], tokens, order);
            for m in mentions.iter().filter(|m| !m.place) {
                *counts.entry(m.actor).or_default() += 1;
            }
        }
        let mut context = Context {
            counts,
            previous: std::mem::take(&mut stream.previous),
            previous_list: std::mem::take(&mut stream.previous_list),
            previous_plural: stream.previous_plural,
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
            let span = span.offset(start);
            // A capital named as a place served the relation rules only.
            let mentions = mentions
                .into_iter()
                .filter(|m| !m.place)
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
        stream.previous = context.previous;
        stream.previous_list = context.previous_list;
        stream.previous_plural = context.previous_plural;
        (detected, sentences)
    }
}

/// Bytes of text per window: the size of an input piece, so that
/// [`Extractor::analyse`] and [`Extractor::analyse_reader`] cut UTF-8 text
/// at the same places.
const WINDOW: usize = input::PIECE;

/// The longest sentence the splitter returns (its cap, 4096 bytes): a test
/// checks that it is no more.
const SPLITTER_CAP: usize = 4096;

/// What one window hands to the next: the previous-sentence context and
/// how many sentences came before.
#[derive(Debug, Default)]
struct Stream {
    previous: Vec<ActorId>,
    previous_list: Vec<ActorId>,
    previous_plural: bool,
    sentences: usize,
}

/// Where the window after one ending at `end` ends: `window` bytes on, at
/// the character boundary before, or after if the window would be empty.
fn window_end(text: &str, end: usize, window: usize) -> usize {
    let mut at = end.saturating_add(window).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    if at <= end && end < text.len() {
        at = end + 1;
        while !text.is_char_boundary(at) {
            at += 1;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Opened;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn extractor() -> &'static Extractor {
        static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
        EXTRACTOR.get_or_init(|| Extractor::new(Dictionaries::builtin()))
    }

    /// The same extractor with windows of `bytes`.
    fn with_window(bytes: usize) -> Extractor {
        Extractor {
            window: bytes,
            ..extractor().clone()
        }
    }

    /// Sentence spans, mention spans and drawn triples with their cues: what
    /// the graph is made of.
    fn summary(article: &Article) -> Vec<String> {
        article
            .sentences
            .iter()
            .map(|s| {
                let mentions: Vec<_> = s.mentions.iter().map(|m| (m.actor, m.span)).collect();
                let drawn: Vec<_> = s
                    .relations
                    .drawn
                    .iter()
                    .map(|d| (d.triple, d.cue))
                    .collect();
                format!("{:?} {mentions:?} {drawn:?}", s.span)
            })
            .collect()
    }

    #[test]
    fn splitter_cap_is_what_windows_assume() {
        let text = "a".repeat(3 * SPLITTER_CAP) + &" b".repeat(3 * SPLITTER_CAP);
        let longest = extractor()
            .splitter
            .split(&text)
            .iter()
            .map(|r| r.len())
            .max();
        assert_eq!(longest, Some(SPLITTER_CAP));
    }

    #[test]
    fn windows_keep_the_sentences_of_the_whole_text() {
        let text = "La Russie soutient le Mali. Le Niger condamne la France.\n\n\
                    Titre sans point\nsuite en minuscules.\r\n« Oui ! » dit M. Diallo. "
            .repeat(50)
            + &" ".repeat(9000)
            + "Fin. "
            + &"x".repeat(10_000)
            + " L'Algérie.";
        let whole = extractor().splitter.split(&text);
        for window in [1, 7, 64, 333, 4096, 5000, 100_000] {
            let article = with_window(window).analyse("t", &text);
            let spans: Vec<Range<usize>> =
                article.sentences.iter().map(|s| s.span.range()).collect();
            assert_eq!(spans, whole, "window of {window} bytes");
        }
    }

    #[test]
    fn a_text_in_one_window_is_analysed_as_a_whole() {
        // Mention counts resolve descriptions and the language decides the
        // cues: both are the article's when it fits in one window.
        let text = "Le Mali accuse la France. Le Mali remercie la Russie. \
                    Le Niger appuie le pays. La junte condamne l'Algérie.";
        let one = extractor().analyse("t", text);
        assert_eq!(one.language, "fr");
        assert_eq!(one.sentences.len(), 4);
        for window in [text.len(), 10 * text.len()] {
            let other = with_window(window).analyse("t", text);
            assert_eq!(summary(&other), summary(&one), "window of {window} bytes");
            assert_eq!(other.language, one.language);
        }
    }

    #[test]
    fn reader_and_string_agree_across_windows() {
        let paragraph = "La Russie soutient le Mali. L'Algérie condamne le Mali, \
                         qui rappelle son ambassadeur. Le Niger et le Burkina Faso.\n\n";
        let text = paragraph.repeat(3 * WINDOW / paragraph.len());
        let article = extractor().analyse("t", &text);
        let Opened::Text(mut reader) = crate::input::TextReader::sniff(text.as_bytes()).unwrap()
        else {
            panic!("binary");
        };
        let mut streamed = Vec::new();
        let mut parts = 0;
        extractor()
            .analyse_reader("t", &mut reader, |part| {
                assert_eq!(part.first_sentence, streamed.len());
                for s in &part.sentences {
                    assert_eq!(part.text(s.span), &text[s.span.range()]);
                    assert_eq!(part.source_span(s.span), s.span);
                }
                parts += 1;
                streamed.extend(part.sentences);
            })
            .unwrap();
        assert!(parts >= 3, "{parts} parts");
        let streamed = Article {
            sentences: streamed,
            ..article.clone()
        };
        assert_eq!(summary(&streamed), summary(&article));
    }

    #[test]
    fn windows_1252_spans_map_to_the_input_bytes() {
        let (encoded, _, _) = encoding_rs::WINDOWS_1252
            .encode("Le président « réélu » : l'Algérie soutient le Mali.");
        let bytes = encoded.into_owned();
        let Opened::Text(mut reader) = crate::input::TextReader::sniff(bytes.as_slice()).unwrap()
        else {
            panic!("binary");
        };
        let mut found = Vec::new();
        extractor()
            .analyse_reader("t", &mut reader, |part| {
                for s in &part.sentences {
                    for m in &s.mentions {
                        found.push((part.text(m.span).to_string(), part.source_span(m.span)));
                    }
                    for d in &s.relations.drawn {
                        let cue = d.cue.offset(s.span.start);
                        found.push((part.text(cue).to_string(), part.source_span(cue)));
                    }
                }
            })
            .unwrap();
        assert_eq!(found.len(), 3, "{found:?}");
        for (text, span) in found {
            let (original, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
            assert_eq!(&bytes[span.range()], &original[..], "{text}");
        }
    }

    /// Skipping the cues of sentences with fewer than two actors changes
    /// no triple and no context: every bundled and annotated article gives
    /// the same graph either way.
    #[test]
    fn explaining_draws_the_same_triples() {
        let explaining = extractor().clone().explaining();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut articles = 0;
        for dir in ["corpus", "corpus/sahel", "annotated"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let id = path.display().to_string();
                let (fast, full) = (
                    extractor().analyse(&id, &text),
                    explaining.analyse(&id, &text),
                );
                assert_eq!(summary(&fast), summary(&full), "{id}");
                let context = |a: &Article| -> Vec<_> {
                    a.sentences
                        .iter()
                        .map(|s| {
                            let r = &s.relations;
                            (r.actors.clone(), r.last_list.clone(), r.first_plural)
                        })
                        .collect()
                };
                assert_eq!(context(&fast), context(&full), "{id}");
                articles += 1;
            }
        }
        assert!(articles > 30);
    }

    #[test]
    fn empty_and_blank_text() {
        for text in ["", " ", "\n\n\n", &" ".repeat(3 * WINDOW)] {
            let article = extractor().analyse("t", text);
            assert!(article.sentences.is_empty());
            assert!(!article.language.is_empty());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Whatever the window size, the sentences are the whole text's.
        #[test]
        fn any_window_gives_the_whole_texts_sentences(
            pieces in proptest::collection::vec(prop_oneof![
                Just("La Russie soutient le Mali. "), Just("M. "), Just("\n"), Just("\n\n"),
                Just("\r\n"), Just(" "), Just("é"), Just("le Niger"), Just("?"), Just("« "),
                Just(" »"), Just("..."), Just("Abc"), Just("x"), Just("\u{a0}"),
            ], 0..80),
            window in 1usize..200,
        ) {
            let text: String = pieces.concat();
            let whole = extractor().splitter.split(&text);
            let article = with_window(window).analyse("t", &text);
            let spans: Vec<Range<usize>> = article.sentences.iter().map(|s| s.span.range()).collect();
            prop_assert_eq!(spans, whole);
        }
    }
}
