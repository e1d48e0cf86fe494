//! Matching dictionaries against text: actor mentions and lexicon phrases.
//!
//! Both use one mechanism, [`PhraseSet`]: an Aho-Corasick automaton over
//! folded phrases, run on folded text, keeping whole-word matches only and
//! then the leftmost-longest among them. Keeping the word test before the
//! longest-match choice matters: in "Somalie" the pattern "mali" must not hide
//! anything, and "Burkina Faso" must win over "Faso".
//!
//! [`ActorMatcher`] adds the rules that decide whether a match names an
//! actor: short acronyms keep their case ("UN" but not "un"), a capital used
//! as a place is not its state ("à Bamako"), and a demonym names its state
//! only beside an institution word ("l'armée malienne", "Russian
//! instructors", but not "le peuple malien").
//!
//! This module knows nothing of relations; it reports what is where.

use rustc_hash::FxHashSet;

use aho_corasick::{
    Anchored, MatchKind,
    automaton::{Automaton, StateID},
    nfa::contiguous,
};

use crate::{
    dictionary::{ActorId, ActorKind, AliasKind, DemonymOrder, Dictionaries, MarkerKind},
    normalize::{NormalizedText, fold, is_word_char, word_end},
    span::Span,
    token::{Token, token_at, token_end},
};

/// A set of phrases matched as whole words on folded text.
///
/// The automaton is searched anchored, once at each place a phrase may
/// start (a word start, or a punctuation mark), and only the phrases that
/// start there and pass the word tests compete for the longest. That gives
/// the same matches as running an unanchored overlapping search and then
/// choosing among the whole-word matches, without walking the text's inner
/// word bytes through failure transitions or collecting matches that are
/// thrown away.
#[derive(Clone, Debug)]
pub struct PhraseSet {
    /// The trie the anchored searches walk. A contiguous NFA: dense
    /// transitions near the root, where every walk passes, sparse ones
    /// deeper. A DFA does one table lookup per byte but its rows (a few
    /// hundred bytes a state, 4.8 MB for the built-in aliases) miss the
    /// cache on most deep steps; the NFA measured 5% faster end to end,
    /// with a sixth fewer L1 misses and no costly build.
    trie: contiguous::NFA,
    phrases: Vec<Phrase>,
    starts: WordStarts,
}

/// Which words may start a phrase, as a filter checked before each walk.
///
/// Most words of a sentence start no phrase, yet their walk still costs a
/// few dependent loads of the trie, each a likely cache miss. A word whose
/// first four bytes (with whether it is shorter) hash to an empty bit of an
/// 8 kB table starts none, since a phrase's first word must equal the word,
/// or for a one-word prefix phrase ("soutien*") begin it. A set bit only
/// means "walk": the trie decides.
#[derive(Clone, Debug)]
struct WordStarts {
    bits: Box<[u64; WordStarts::WORDS]>,
    /// First bytes after which every word walks: a prefix stem shorter than
    /// the key ("ami*") begins words whose key the table cannot know.
    always: [bool; 256],
}

impl WordStarts {
    const WORDS: usize = 1024;

    /// The table bit of a word (a whole run of word bytes).
    fn bit(word: &[u8]) -> usize {
        let n = word.len().min(4);
        let mut v = u64::from(word.len() >= 4) << 40 | (n as u64) << 32;
        for (i, &b) in word[..n].iter().enumerate() {
            v |= u64::from(b) << (8 * i);
        }
        (v.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    fn new<'a>(phrases: impl Iterator<Item = (&'a str, bool)>) -> WordStarts {
        let mut starts = WordStarts {
            bits: Box::new([0; WordStarts::WORDS]),
            always: [false; 256],
        };
        for (folded, prefix) in phrases {
            let first = &folded.as_bytes()[..word_end(folded, 0)];
            match first {
                // Phrases that open with punctuation: non-word tokens
                // always walk.
                [] => {}
                [b, ..] if prefix && first.len() == folded.len() && first.len() < 4 => {
                    starts.always[usize::from(*b)] = true;
                }
                _ => {
                    let bit = WordStarts::bit(first);
                    starts.bits[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        // Digits walk: "1,000" is one token but its word run is "1".
        for b in b'0'..=b'9' {
            starts.always[usize::from(b)] = true;
        }
        starts
    }

    /// Whether a phrase may start with the word token at `start..end`.
    #[inline]
    fn may_start(&self, hay: &[u8], start: usize, end: usize) -> bool {
        if self.always[usize::from(hay[start])] {
            return true;
        }
        let bit = WordStarts::bit(&hay[start..end]);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

#[derive(Clone, Debug)]
struct Phrase {
    /// Text the original must equal, for case-sensitive phrases.
    exact: Option<String>,
    /// Whether the last word may run on ("soutien*").
    prefix: bool,
    /// Whether the phrase ends with a word character; the word test applies
    /// only at such edges ("-based" may follow "Paris"). The start test needs
    /// no flag: searches start only where a word starts or at a non-word
    /// character.
    word_end: bool,
}

/// A match of a [`PhraseSet`] phrase, in folded bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Which phrase, in the order given to [`PhraseSet::new`].
    pub phrase: usize,
    /// First folded byte.
    pub start: usize,
    /// One past the last folded byte.
    pub end: usize,
}

impl PhraseSet {
    /// Builds a set from `(text, prefix, case_sensitive)` triples. Texts are
    /// folded here; a case-sensitive phrase must also equal the original.
    ///
    /// # Panics
    ///
    /// If the automaton cannot be built, which happens only past its size
    /// limits (far beyond millions of phrases).
    pub fn new<'a, I>(phrases: I) -> PhraseSet
    where
        I: IntoIterator<Item = (&'a str, bool, bool)>,
    {
        let mut folded = Vec::new();
        let mut meta = Vec::new();
        for (text, prefix, case_sensitive) in phrases {
            let f = fold(text).trim().to_string();
            let last = f.chars().next_back().is_some_and(is_word_char);
            meta.push(Phrase {
                exact: case_sensitive.then(|| text.to_string()),
                prefix,
                word_end: last && !prefix,
            });
            folded.push(f);
        }
        let starts = WordStarts::new(
            folded
                .iter()
                .zip(&meta)
                .map(|(f, p)| (f.as_str(), p.prefix)),
        );
        // Anchored searches only: no prefilter.
        let trie = contiguous::NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&folded)
            .expect("phrase automaton within size limits");
        PhraseSet {
            trie,
            phrases: meta,
            starts,
        }
    }

    /// Whole-word, leftmost-longest, non-overlapping matches in `norm`, whose
    /// original text is `original`. A prefix phrase extends to the end of its
    /// last word. `tokens` are the tokens of `norm` ([`crate::token::tokenize`]):
    /// a phrase may start only where one does, since phrases are trimmed and
    /// matched as whole words. Cost: at each token whose first bytes may
    /// begin a phrase, the bytes walked while some phrase still matches there.
    pub fn find(
        &self,
        norm: &NormalizedText,
        original: &str,
        tokens: &[Token],
    ) -> Vec<PhraseMatch> {
        let aut = &self.trie;
        let Ok(start_state) = aut.start_state(Anchored::Yes) else {
            return Vec::new();
        };
        // Most walks of the alias and institution sets find nothing: no
        // allocation until a match. Then, since about one token in five
        // starts a lexicon phrase, one allocation, not the three of
        // doubling from four.
        let mut out = Vec::new();
        // Matches may not overlap: nothing starts before the last one ends.
        let mut free_from = 0;
        let hay = norm.as_str().as_bytes();
        for t in tokens {
            let at = t.start;
            if at >= free_from
                && (!t.is_word() || self.starts.may_start(hay, at, t.end))
                && let Some(m) = self.longest_at(aut, start_state, norm, original, at)
            {
                free_from = m.end;
                if out.capacity() == 0 {
                    out.reserve(tokens.len() / 4 + 1);
                }
                out.push(m);
            }
        }
        out
    }

    /// The longest phrase that starts at folded byte `start` and passes the
    /// word and case tests; at equal length an exact phrase wins, then the
    /// phrase listed first.
    fn longest_at(
        &self,
        aut: &contiguous::NFA,
        start_state: StateID,
        norm: &NormalizedText,
        original: &str,
        start: usize,
    ) -> Option<PhraseMatch> {
        let hay = norm.as_str();
        let bytes = hay.as_bytes();
        let mut best: Option<PhraseMatch> = None;
        let mut sid = start_state;
        for (i, &b) in bytes.iter().enumerate().skip(start) {
            sid = aut.next_state(Anchored::Yes, sid, b);
            if !aut.is_special(sid) {
                continue;
            }
            if aut.is_dead(sid) {
                break;
            }
            if !aut.is_match(sid) {
                continue;
            }
            let matched_end = i + 1;
            for k in 0..aut.match_len(sid) {
                let pid = aut.match_pattern(sid, k);
                // A match state also lists the phrases that are suffixes of
                // the path walked; they start later, and are found there.
                if matched_end - aut.pattern_len(pid) != start {
                    continue;
                }
                let phrase = pid.as_usize();
                let p = &self.phrases[phrase];
                let mut end = matched_end;
                // `word_end` classifies ASCII from the byte, without decoding.
                if p.prefix {
                    end = word_end(hay, end);
                } else if p.word_end && word_end(hay, end) > end {
                    continue;
                }
                if let Some(exact) = &p.exact {
                    let span = norm.original_span(start, end);
                    if original.get(span.range()) != Some(exact.as_str()) {
                        continue;
                    }
                }
                // At equal length an exact phrase, the more specific,
                // wins ("=a", the verb, over "à"); then the one listed first.
                let here = PhraseMatch { phrase, start, end };
                let better = best.is_none_or(|b| {
                    let exact = |m: PhraseMatch| self.phrases[m.phrase].exact.is_some();
                    end > b.end || end == b.end && (exact(here), b.phrase) > (exact(b), phrase)
                });
                if better {
                    best = Some(here);
                }
            }
        }
        best
    }
}

/// An actor named in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The actor.
    pub actor: ActorId,
    /// How it was named.
    pub via: AliasKind,
    /// Where, in bytes of the folded sentence.
    pub folded: Span,
    /// Where, in bytes of the original sentence.
    pub span: Span,
    /// A capital named as a place ("à Bamako", "in Paris"): no mention of
    /// the state, which the extractor drops, except that the relation rules
    /// read it as the receiver of support ("livre des armes à Bamako").
    pub place: bool,
}

/// Finds actor mentions in folded sentences.
#[derive(Clone, Debug)]
pub struct ActorMatcher {
    aliases: PhraseSet,
    /// Actor and alias kind of each phrase; `None` for not-actor phrases,
    /// which come after the aliases.
    alias_info: Vec<Option<(ActorId, AliasKind)>>,
    institutions: PhraseSet,
    institution_is_action: Vec<bool>,
    institution_is_people: Vec<bool>,
    places: FxHashSet<String>,
    genitives: FxHashSet<String>,
    /// "et", "and": demonyms they coordinate share one institution word.
    conjunctions: FxHashSet<String>,
    kinds: Vec<ActorKind>,
}

/// How many words may stand between a demonym and its institution word
/// ("les instructeurs militaires russes", "Russian Defence Ministry").
const DEMONYM_WINDOW: usize = 3;

impl ActorMatcher {
    /// Builds the matcher for a dictionary set.
    pub fn new(dicts: &Dictionaries) -> ActorMatcher {
        let aliases = PhraseSet::new(
            dicts
                .aliases
                .iter()
                .map(|a| (a.text.as_str(), false, a.case_sensitive))
                .chain(dicts.not_actors.iter().map(|p| (p.as_str(), false, false))),
        );
        let alias_info = dicts
            .aliases
            .iter()
            .map(|a| Some((a.actor, a.kind)))
            .chain(dicts.not_actors.iter().map(|_| None))
            .collect();
        let institutions = PhraseSet::new(
            dicts
                .institutions
                .iter()
                .map(|i| (i.text.as_str(), false, false)),
        );
        let institution_is_action = dicts.institutions.iter().map(|i| i.action).collect();
        let institution_is_people = dicts.institutions.iter().map(|i| i.people).collect();
        let places = dicts.marker_words(MarkerKind::Place);
        let genitives = dicts.marker_words(MarkerKind::Genitive);
        let conjunctions = dicts.marker_words(MarkerKind::Conjunction);
        let kinds = dicts.actors.iter().map(|a| a.kind).collect();
        ActorMatcher {
            aliases,
            alias_info,
            institutions,
            institution_is_action,
            institution_is_people,
            places,
            genitives,
            conjunctions,
            kinds,
        }
    }

    /// The mentions in a folded sentence, in order. `original` is the text
    /// `norm` was folded from; `tokens` are the tokens of `norm`.
    pub fn find(
        &self,
        norm: &NormalizedText,
        original: &str,
        tokens: &[Token],
        order: DemonymOrder,
    ) -> Vec<Mention> {
        let hay = norm.as_str();
        let matches = self.aliases.find(norm, original, tokens);
        // Token ranges of every name found, for demonyms only: their
        // institution word is never looked for across another name
        // ("Russian paramilitaries since French troops": the troops are
        // French).
        let mut named: Option<Vec<Named>> = None;
        let mut institutions: Option<Vec<Qualifier>> = None;
        let mut out = Vec::with_capacity(matches.len());
        for (i, m) in matches.iter().enumerate() {
            // "lac Tchad" is longer than "Tchad", so it wins and names nobody.
            let Some((actor, via)) = self.alias_info[m.phrase] else {
                continue;
            };
            let first = token_at(tokens, m.start);
            let last = token_end(tokens, m.end);
            let place = via == AliasKind::Seat
                && (self.is_place(hay, tokens, first, last)
                    || is_dateline(norm, original, tokens, first, last, m));
            match via {
                _ if place => {}
                AliasKind::Demonym => {
                    let inst = institutions.get_or_insert_with(|| {
                        self.institutions
                            .find(norm, original, tokens)
                            .iter()
                            .map(|p| Qualifier {
                                first: token_at(tokens, p.start),
                                last: token_end(tokens, p.end),
                                folded: Span::new(p.start, p.end),
                                action: self.institution_is_action[p.phrase],
                                people: self.institution_is_people[p.phrase],
                            })
                            .collect()
                    });
                    let named = named.get_or_insert_with(|| {
                        matches
                            .iter()
                            .map(|m| Named {
                                first: token_at(tokens, m.start),
                                last: token_end(tokens, m.end),
                                demonym: self.alias_info[m.phrase]
                                    .is_some_and(|(_, via)| via == AliasKind::Demonym),
                            })
                            .collect()
                    });
                    if self
                        .qualifier(hay, tokens, named, inst, first, last, order)
                        .is_none()
                    {
                        continue;
                    }
                    // "les supplétifs russes du groupe Wagner": the noun belongs
                    // to a named group, which is the actor, not the state.
                    // Only a genitive links them: in "l'armée malienne attaque
                    // le JNIM" the army is Mali's.
                    if let Some(next) = matches.get(i + 1) {
                        let gap = &tokens[last..token_at(tokens, next.start)];
                        let genitive = gap.len() <= 3
                            && gap
                                .first()
                                .is_some_and(|t| self.genitives.contains(&hay[t.start..t.end]));
                        if genitive
                            && self.alias_info[next.phrase].is_some_and(|(a, _)| {
                                self.kinds[a.index()] == ActorKind::ArmedGroup
                            })
                        {
                            continue;
                        }
                    }
                }
                _ => {}
            }
            let (mut start, mut end) = (m.start, m.end);
            if via == AliasKind::Demonym {
                // "l'armée malienne" is one mention, so that "armée" is never
                // read as a cue; a state action stays a cue of its own. A
                // coordinated demonym ("tchadienne" in "les armées tchadienne
                // et soudanaise") leaves the noun to its neighbour's mention.
                let named = named.as_deref().unwrap_or(&[]);
                let crosses_name = |q: &Qualifier| {
                    let (from, to) = if q.last <= first {
                        (q.last, first)
                    } else {
                        (last, q.first)
                    };
                    named.iter().any(|n| n.first >= from && n.last <= to)
                };
                if let Some(q) = self
                    .qualifier(
                        hay,
                        tokens,
                        named,
                        institutions.as_deref().unwrap_or(&[]),
                        first,
                        last,
                        order,
                    )
                    .filter(|q| !q.action && !crosses_name(q))
                {
                    start = start.min(q.folded.start);
                    end = end.max(q.folded.end);
                }
            }
            out.push(Mention {
                actor,
                via,
                folded: Span::new(start, end),
                span: norm.original_span(start, end),
                place,
            });
        }
        out
    }

    /// A capital right after a place preposition ("à Bamako", "in Paris") or
    /// before "-based" is a place, not the state.
    fn is_place(&self, hay: &str, tokens: &[Token], first: usize, last: usize) -> bool {
        let word = |i: usize| {
            tokens
                .get(i)
                .filter(|t| t.is_word())
                .map(|t| &hay[t.start..t.end])
        };
        if first > 0 && word(first - 1).is_some_and(|w| self.places.contains(w)) {
            return true;
        }
        tokens
            .get(last)
            .is_some_and(|t| t.kind == crate::token::TokenKind::Punct('-'))
            && word(last + 1).is_some_and(|w| self.places.contains(&format!("-{w}")))
    }
}

/// Whether the match `m`, tokens `first..last`, opens its sentence in
/// capitals before a comma or a bracket: a wire dateline ("NIAMEY, 18
/// septembre -", "ABUJA (Reuters) -"), which says where the story was
/// filed, not who acts in it.
fn is_dateline(
    norm: &NormalizedText,
    original: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    m: &PhraseMatch,
) -> bool {
    use crate::token::TokenKind::Punct;
    let written = original.get(norm.original_span(m.start, m.end).range());
    first == 0
        && tokens
            .get(last)
            .is_some_and(|t| matches!(t.kind, Punct(',' | '(')))
        && written.is_some_and(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        })
}

/// An institution word found in a sentence.
#[derive(Clone, Copy, Debug)]
struct Qualifier {
    first: usize,
    last: usize,
    folded: Span,
    action: bool,
    people: bool,
}

/// A name found in a sentence, in tokens.
#[derive(Clone, Copy, Debug)]
struct Named {
    first: usize,
    last: usize,
    demonym: bool,
}

impl ActorMatcher {
    /// The nearest institution word within [`DEMONYM_WINDOW`] words of the
    /// demonym at tokens `first..last`, with no punctuation between (hyphens
    /// and apostrophes aside, as in "état-major" or "l'armée"), nor another
    /// name, except demonyms coordinated with this one: "Chadian and
    /// Sudanese troops", "les armées tchadienne et soudanaise".
    #[allow(clippy::too_many_arguments)]
    fn qualifier(
        &self,
        hay: &str,
        tokens: &[Token],
        named: &[Named],
        institutions: &[Qualifier],
        first: usize,
        last: usize,
        order: DemonymOrder,
    ) -> Option<Qualifier> {
        let before = order != DemonymOrder::DemonymFirst;
        let after = order != DemonymOrder::InstitutionFirst;
        let clear = |from: usize, to: usize| {
            let gap = &tokens[from..to];
            if gap.iter().filter(|t| t.is_word()).count() > DEMONYM_WINDOW {
                return false;
            }
            let inside = |n: &&Named| n.first >= from && n.last <= to && n.first < n.last;
            let mut names = named.iter().filter(inside).peekable();
            if names.peek().is_none() {
                return gap.iter().all(|t| {
                    t.is_word() || matches!(t.kind, crate::token::TokenKind::Punct('-' | '\''))
                });
            }
            let names: Vec<&Named> = names.collect();
            names.iter().all(|n| n.demonym)
                && (from..to).all(|k| {
                    let t = &tokens[k];
                    names.iter().any(|n| (n.first..n.last).contains(&k))
                        || t.kind == crate::token::TokenKind::Punct(',')
                        || t.is_word() && self.conjunctions.contains(&hay[t.start..t.end])
                })
        };
        institutions
            .iter()
            .filter_map(|q| {
                if before && q.last <= first && clear(q.last, first) {
                    Some((first - q.last, *q))
                } else if after && q.first >= last && clear(last, q.first) {
                    Some((q.first - last, *q))
                } else {
                    None
                }
            })
            .min_by_key(|&(distance, q)| (distance, !q.people))
            .map(|(_, q)| q)
            // "the Malian people support ...": the nearest noun is a people.
            .filter(|q| !q.people)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn mentions(text: &str) -> Vec<(String, String)> {
        let d = Dictionaries::builtin();
        let m = ActorMatcher::new(&d);
        let norm = NormalizedText::new(text);
        let toks = tokenize(norm.as_str());
        m.find(&norm, text, &toks, DemonymOrder::Either)
            .iter()
            .filter(|x| !x.place)
            .map(|x| {
                (
                    d.actor(x.actor).id.clone(),
                    text[x.span.range()].to_string(),
                )
            })
            .collect()
    }

    fn ids(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|(id, _)| id).collect()
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(ids("Le Nigeria et le Niger."), ["NGA", "NER"]);
        assert_eq!(ids("La Somalie, pas le Mali."), ["SOM", "MLI"]);
        assert_eq!(ids("la Biélorussie"), ["BLR"]);
    }

    #[test]
    fn an_exact_phrase_wins_a_tie() {
        // "à" is listed first, but the exact "a" is the more specific.
        let set = PhraseSet::new([("à", false, false), ("a", false, true)]);
        let text = "Il a dit à Paul";
        let norm = NormalizedText::new(text);
        let tokens = crate::token::tokenize(norm.as_str());
        let found: Vec<usize> = set
            .find(&norm, text, &tokens)
            .iter()
            .map(|m| m.phrase)
            .collect();
        assert_eq!(found, [1, 0]);
    }

    #[test]
    fn leftmost_longest() {
        assert_eq!(
            mentions("le Burkina Faso"),
            [("BFA".into(), "Burkina Faso".into())]
        );
        assert_eq!(ids("l'Union africaine"), ["AU"]);
    }

    #[test]
    fn accents_case_and_apostrophes() {
        assert_eq!(ids("ALGERIE, algérie, l’Algérie"), ["DZA", "DZA", "DZA"]);
        assert_eq!(ids("la Cote d'Ivoire et la Côte d’Ivoire"), ["CIV", "CIV"]);
        assert_eq!(ids("les E\u{301}tats-Unis"), ["USA"]);
    }

    #[test]
    fn short_acronyms_keep_their_case() {
        assert_eq!(ids("un accord au sommet, help us"), Vec::<String>::new());
        assert_eq!(ids("the UN and the AU and the US"), ["UN", "AU", "USA"]);
    }

    #[test]
    fn demonym_needs_an_institution() {
        assert_eq!(ids("l'armée malienne"), ["MLI"]);
        assert_eq!(ids("les autorités russes"), ["RUS"]);
        assert_eq!(ids("the Malian junta"), ["MLI"]);
        assert_eq!(ids("Russian military instructors"), ["RUS"]);
        assert_eq!(ids("le départ du contingent français"), ["FRA"]);
        assert!(ids("le peuple malien").is_empty());
        assert!(ids("The Malian people support Russia.").contains(&"RUS".to_string()));
        assert!(!ids("The Malian people support Russia.").contains(&"MLI".to_string()));
        assert!(ids("close to the Malian border").is_empty());
    }

    #[test]
    fn demonym_of_a_named_group_is_the_group() {
        assert_eq!(ids("leurs supplétifs russes du groupe Wagner"), ["WAGNER"]);
        // An elided genitive links them too.
        assert_eq!(ids("les instructeurs russes d'Africa Corps"), ["WAGNER"]);
        assert_eq!(ids("L'armée malienne attaque le JNIM."), ["MLI", "JNIM"]);
    }

    #[test]
    fn a_demonym_never_reaches_past_another_name() {
        // "troops" belongs to "French", not to "Russian" three words before.
        assert_eq!(
            ids("relied on Russian paramilitaries since French troops left"),
            ["FRA"]
        );
        assert_eq!(ids("Russian military instructors"), ["RUS"]);
    }

    #[test]
    fn coordinated_demonyms_share_the_institution_word() {
        assert_eq!(ids("Chadian and Sudanese troops"), ["TCD", "SDN"]);
        assert_eq!(
            ids("les armées malienne, burkinabè et nigérienne"),
            ["MLI", "BFA", "NER"]
        );
        // Each keeps its own words: the noun stays with its neighbour.
        assert_eq!(
            mentions("les armées tchadienne et soudanaise"),
            [
                ("TCD".to_string(), "armées tchadienne".to_string()),
                ("SDN".to_string(), "soudanaise".to_string())
            ]
        );
        // Not across a word that is no conjunction, nor for a people.
        assert_eq!(ids("Malian elections and Russian troops"), ["RUS"]);
        assert_eq!(ids("le peuple malien et burkinabè"), Vec::<String>::new());
    }

    #[test]
    fn capital_as_place_is_not_the_state() {
        assert_eq!(ids("Bamako dénonce"), ["MLI"]);
        assert!(ids("une attaque à Bamako").is_empty());
        assert!(ids("the Paris-based body").is_empty());
        // A wire dateline says where the story was filed.
        assert_eq!(ids("NIAMEY, 18 septembre - Le Mali dénonce"), ["MLI"]);
        assert_eq!(ids("ABUJA (Reuters) - Mali said"), ["MLI"]);
        assert_eq!(ids("Niamey, Bamako et Ouagadougou"), ["NER", "MLI", "BFA"]);
    }

    #[test]
    fn places_named_after_a_state_are_not_the_state() {
        assert!(ids("autour du lac Tchad et du fleuve Niger").is_empty());
        assert!(ids("piracy in the Gulf of Guinea").is_empty());
        assert_eq!(ids("le Tchad et le Niger"), ["TCD", "NER"]);
    }

    #[test]
    fn offsets_are_original_bytes() {
        let text = "L’armée algérienne et la Côte d’Ivoire";
        for (_, matched) in mentions(text) {
            assert!(text.contains(&matched));
        }
    }

    /// The matcher as first written: every overlapping match of an
    /// unanchored automaton, word tests, then leftmost-longest.
    fn reference(
        phrases: &[(&str, bool, bool)],
        norm: &NormalizedText,
        original: &str,
    ) -> Vec<PhraseMatch> {
        use aho_corasick::AhoCorasick;
        let folded: Vec<String> = phrases
            .iter()
            .map(|p| fold(p.0).trim().to_string())
            .collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&folded)
            .unwrap();
        let hay = norm.as_str();
        let mut raw: Vec<PhraseMatch> = Vec::new();
        for m in automaton.find_overlapping_iter(hay) {
            let (text, prefix, case_sensitive) = phrases[m.pattern().as_usize()];
            let f = &folded[m.pattern().as_usize()];
            let word_start = f.chars().next().is_some_and(is_word_char);
            let word_end = f.chars().next_back().is_some_and(is_word_char) && !prefix;
            let (start, mut end) = (m.start(), m.end());
            if word_start && hay[..start].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            if prefix {
                while let Some(c) = hay[end..].chars().next().filter(|&c| is_word_char(c)) {
                    end += c.len_utf8();
                }
            } else if word_end && hay[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            if case_sensitive && original.get(norm.original_span(start, end).range()) != Some(text)
            {
                continue;
            }
            raw.push(PhraseMatch {
                phrase: m.pattern().as_usize(),
                start,
                end,
            });
        }
        raw.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.phrase.cmp(&b.phrase))
        });
        let mut out: Vec<PhraseMatch> = Vec::new();
        for m in raw {
            if out.last().is_none_or(|last| m.start >= last.end) {
                out.push(m);
            }
        }
        out
    }

    #[test]
    fn start_filter_lets_short_stems_and_numbers_walk() {
        let set = PhraseSet::new([
            ("ami", true, false),
            ("1,000 soldiers", false, false),
            ("soutien", true, false),
        ]);
        let text = "Une amitié, 1,000 soldiers et des soutiens.";
        let norm = NormalizedText::new(text);
        let tokens = crate::token::tokenize(norm.as_str());
        let found: Vec<&str> = set
            .find(&norm, text, &tokens)
            .iter()
            .map(|m| &norm.as_str()[m.start..m.end])
            .collect();
        assert_eq!(found, ["amitie", "1,000 soldiers", "soutiens"]);
    }

    #[test]
    fn anchored_search_agrees_with_the_reference() {
        let d = Dictionaries::builtin();
        let mut sets: Vec<Vec<(&str, bool, bool)>> = vec![
            d.aliases
                .iter()
                .map(|a| (a.text.as_str(), false, a.case_sensitive))
                .chain(d.not_actors.iter().map(|p| (p.as_str(), false, false)))
                .collect(),
        ];
        for lex in &d.lexicons {
            sets.push(
                lex.entries
                    .iter()
                    .map(|e| (e.text.as_str(), e.prefix, false))
                    .collect(),
            );
        }
        // Phrases of every shape: prefixes (one shorter than the start
        // filter's key), punctuation at either edge, numbers, duplicates,
        // one inside another, case-sensitive ones.
        sets.push(vec![
            ("mali", false, false),
            ("somali", false, false),
            ("-based", false, false),
            ("l'", false, false),
            ("aide à", false, false),
            ("soutien", true, false),
            ("soutien", false, false),
            ("ami", true, false),
            ("1,000 soldiers", false, false),
            ("UN", false, true),
            ("un", false, false),
            ("états-unis", false, false),
            ("unis", false, false),
        ]);
        let article = include_str!("../tests/corpus/seed-mali-russie.txt");
        let pieces: Vec<&str> = article
            .split_inclusive([' ', ',', '\'', '’', '-'])
            .chain([
                "Somalie ",
                "Mali",
                "UN ",
                "un ",
                "Paris-based ",
                "soutient ",
                "soutiens",
                "l'aide à ",
                "États-Unis ",
                "Burkina Faso ",
                "Faso ",
                "lac Tchad ",
                "amitié ",
                "1,000 soldiers ",
            ])
            .collect();
        let mut seed = 0x853c_49e6_748f_ea9b_u64;
        for set in &sets {
            let phrases = PhraseSet::new(set.iter().copied());
            for _ in 0..400 {
                let mut text = String::new();
                for _ in 0..(seed % 25) {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let piece = pieces[(seed % pieces.len() as u64) as usize];
                    // Glue pieces without their space now and then, to make
                    // words that hold a phrase without being it.
                    text.push_str(if seed % 5 == 0 {
                        piece.trim_end()
                    } else {
                        piece
                    });
                }
                let norm = NormalizedText::new(&text);
                let tokens = crate::token::tokenize(norm.as_str());
                assert_eq!(
                    phrases.find(&norm, &text, &tokens),
                    reference(set, &norm, &text),
                    "matching {text:?}"
                );
            }
        }
    }
}
