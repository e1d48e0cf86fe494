//! Relations: which actors a cue links, in which direction, or why not.
//!
//! A sentence is read as a flat sequence of [`Item`]s: actor mentions, cues,
//! markers (function words from the lexicon), plain words and punctuation.
//! Actor names take precedence, so a cue inside a name ("Alliance des États
//! du Sahel") is never read as a cue. For each cue the rules look for its
//! arguments in its clause:
//!
//! * the **left** argument is the nearest actor before the cue, with the list
//!   it is coordinated in ("le Mali, le Burkina Faso et le Niger"); the search
//!   stops at a clause boundary, except that a relative pronoun right before
//!   the cue ("l'AES, qui regroupe") hands over its antecedent;
//! * the **right** argument is the nearest actor after the cue, with its list;
//!   an agent marker before it ("appuyée par Moscou") makes it the giver, a
//!   substitution marker ("alternatif à la France") blocks it. With no left
//!   argument, a second list after the first completes the pair ("le retrait
//!   du Mali de la CEDEAO", "le soutien de la Russie au Mali").
//!
//! The cue's [`Frame`] then maps the arguments to sources and targets. A
//! negation shortly before the cue cancels it; a rupture word before an
//! alliance or membership cue makes it a tension ("mettre fin à l'accord de
//! défense avec X"). Descriptions ("la junte", "ces pays") stand for the
//! states named in the same or the previous sentence when the choice is
//! clear.
//!
//! Every decision is recorded, drawn or rejected with a reason, so that
//! `actorgraph explain` can show it. This module does not find mentions
//! ([`crate::matcher`]) nor build the graph ([`crate::graph`]).

use rustc_hash::{FxHashMap, FxHashSet};

use crate::{
    dictionary::{ActorId, ActorKind, Dictionaries, EntryClass, Frame, MarkerKind, RelationKind},
    matcher::{Mention, PhraseSet},
    normalize::{NormalizedText, fold, is_word_char},
    span::Span,
    token::{Token, TokenKind, token_at, token_end},
};

/// Words of a text looked at to tell its language, at most.
pub const LANGUAGE_SAMPLE: usize = 2000;

/// Stopwords of one language after which, with a fourfold lead over any
/// other, the language is taken as known.
const CLEAR_LEAD: usize = 40;

/// Items an agreement or weapon noun may lie after the signing, buying or
/// selling verb it settles (see `settle_verbs`).
const NOUN_REACH: usize = 8;
/// Words a left argument may lie from its cue.
const LEFT_REACH: usize = 14;
/// Words of an apposition between commas that a left argument is looked
/// for across ("le Jnim, lié à al-Qaïda, impose").
const APPOSITION_WORDS: usize = 6;
/// Words a right argument may lie from its cue.
const RIGHT_REACH: usize = 12;
/// Words a negation, rupture or between-marker may lie before its cue.
const MODIFIER_REACH: usize = 4;
/// Items a denial's clause may run before its cue.
const DENIAL_REACH: usize = 16;
/// Words that may separate two items of one list ("le Mali, *le* Niger").
const LIST_GAP: usize = 3;

/// A relation between two actors, as the graph stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Triple {
    /// The giver, member, or first side (the smaller id for undirected kinds).
    pub source: ActorId,
    /// What relation.
    pub kind: RelationKind,
    /// The receiver, organisation, or second side.
    pub target: ActorId,
}

impl Triple {
    /// A triple; undirected kinds are stored with the sides in id order so
    /// that "X and Y" and "Y and X" are one edge.
    pub fn new(source: ActorId, kind: RelationKind, target: ActorId) -> Triple {
        if !kind.is_directed() && target < source {
            Triple {
                source: target,
                kind,
                target: source,
            }
        } else {
            Triple {
                source,
                kind,
                target,
            }
        }
    }
}

/// A triple drawn from a sentence, with what drew it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawn {
    /// The relation.
    pub triple: Triple,
    /// The cue, in bytes of the original sentence.
    pub cue: Span,
    /// The rule that drew it, for explanations.
    pub rule: &'static str,
}

/// Why a cue drew nothing, or drew less than it might.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// The cue is part of an actor's name.
    InsideName,
    /// A negation or denial governs the cue.
    Negated,
    /// An argument is a substitute, not a partner.
    Substitution,
    /// The cue names the actor after it ("an alliance, known as Ecowas").
    Naming,
    /// The cue has fewer than two actors in its scope.
    OutOfScope,
    /// Both sides are the same actor.
    SameActor,
    /// A membership whose target is not an organisation.
    NotAnOrganisation,
    /// "received" with a person as object: a visit or a meeting, which
    /// states no relation.
    Meeting,
    /// A membership cue whose object belongs to the organisation ("joined
    /// the AU's mission"): no member of it.
    OwnedObject,
    /// An arrival of someone who is no armed force ("le président est
    /// arrivé à Niamey"): a visit, no support.
    NotAForce,
}

impl Rejection {
    /// A short explanation.
    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::InsideName => "inside an actor's name",
            Rejection::Negated => "negated or denied",
            Rejection::Substitution => "substitution, not partnership",
            Rejection::Naming => "the cue names the actor after it, it is no party",
            Rejection::OutOfScope => "fewer than two actors in the cue's clause",
            Rejection::SameActor => "both sides are the same actor",
            Rejection::NotAnOrganisation => "membership target is not an organisation",
            Rejection::Meeting => "a person sent or received: a visit or meeting, no support",
            Rejection::OwnedObject => "what is joined only belongs to the organisation",
            Rejection::NotAForce => "what arrives is no armed force: a visit, no support",
        }
    }
}

/// A cue that was considered, and what came of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueReading {
    /// The cue's class.
    pub class: EntryClass,
    /// The cue, in bytes of the original sentence.
    pub span: Span,
    /// Rejections met while reading it (a drawn cue may still reject an argument).
    pub rejections: Vec<Rejection>,
}

/// What the rules found in one sentence.
#[derive(Clone, Debug, Default)]
pub struct SentenceRelations {
    /// Triples drawn, in order of their cue, without duplicates.
    pub drawn: Vec<Drawn>,
    /// Every cue considered.
    pub cues: Vec<CueReading>,
    /// Descriptions resolved to actors: span in the original sentence, actors.
    pub resolved: Vec<(Span, Vec<ActorId>)>,
    /// Actors named (or resolved) in the sentence, in order.
    pub actors: Vec<ActorId>,
    /// The last list of two or more states in the sentence.
    pub last_list: Vec<ActorId>,
    /// Whether its first actor is named by a plural noun.
    pub first_plural: bool,
}

/// The compiled cue lexicons of every language.
#[derive(Clone, Debug)]
pub struct RelationRules {
    languages: Vec<LanguageRules>,
    kinds: Vec<ActorKind>,
    /// Whether each actor is an auxiliary armed group.
    auxiliary: Vec<bool>,
    /// Whether each actor is a state ruled by a junta.
    junta: Vec<bool>,
    /// Each stopword with a bit per language whose lexicon lists it.
    stopwords: FxHashMap<String, u64>,
    /// Folded head words (the first) of the titles held by one person
    /// (`person` lines of the institution words).
    titles: FxHashSet<String>,
    /// Folded genitive words of every language ("de", "d", "of"), which the
    /// lexicon matches leave as plain words.
    genitives: FxHashSet<String>,
    /// Folded recipient words ("à", "au", "to").
    recipients: FxHashSet<String>,
    /// Folded possessive determiners ("son", "leur", "its"), which the
    /// lexicon matches leave as plain words, as they do the word sets
    /// below.
    possessives: FxHashSet<String>,
    /// Folded time words ("depuis", "after").
    times: FxHashSet<String>,
    /// Folded gerund words ("en").
    gerunds: FxHashSet<String>,
    /// Folded sending nouns ("déploiement", "deployment"), compared with
    /// the text of a support cue.
    sendings: FxHashSet<String>,
    /// Folded place prepositions that introduce no recipient ("en",
    /// "dans", "in"): the actor after one is where, not who.
    locations: FxHashSet<String>,
    /// Folded words of the nouns of armed agents (`force` lines of the
    /// institution words): "soldats", "instructors".
    forces: FxHashSet<String>,
    longest_stopword: usize,
    /// Whether cues are read in sentences that name fewer than two actors,
    /// where none can be drawn, so that each has its rejection to show.
    every_cue: bool,
}

#[derive(Clone, Debug)]
struct LanguageRules {
    language: String,
    phrases: PhraseSet,
    classes: Vec<EntryClass>,
}

/// What came before a sentence in its article, for resolving descriptions.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Mentions per actor in the whole article.
    pub counts: FxHashMap<ActorId, usize>,
    /// Actors named in the previous sentence, in order.
    pub previous: Vec<ActorId>,
    /// The last list of two or more states in the previous sentence.
    pub previous_list: Vec<ActorId>,
    /// Whether the first actor of the previous sentence was named by a
    /// plural noun.
    pub previous_plural: bool,
}

impl RelationRules {
    /// Compiles the lexicons of a dictionary set.
    pub fn new(dicts: &Dictionaries) -> RelationRules {
        let languages = dicts
            .lexicons
            .iter()
            .map(|lex| {
                let usable = |c: &EntryClass| {
                    !matches!(
                        c,
                        EntryClass::Marker(
                            MarkerKind::Stopword
                                | MarkerKind::Place
                                | MarkerKind::Genitive
                                | MarkerKind::Possessive
                                | MarkerKind::Time
                                | MarkerKind::Gerund
                                | MarkerKind::Sending
                        )
                    )
                };
                let entries: Vec<_> = lex.entries.iter().filter(|e| usable(&e.class)).collect();
                LanguageRules {
                    language: lex.language.clone(),
                    phrases: PhraseSet::new(
                        entries.iter().map(|e| (e.text.as_str(), e.prefix, e.exact)),
                    ),
                    classes: entries.iter().map(|e| e.class).collect(),
                }
            })
            .collect();
        let mut stopwords: FxHashMap<String, u64> = FxHashMap::default();
        // A u64 holds a bit for each of the first 64 languages, far more
        // than anyone will load; later ones are never detected, only chosen.
        for (i, lex) in dicts.lexicons.iter().enumerate().take(64) {
            for e in &lex.entries {
                if e.class == EntryClass::Marker(MarkerKind::Stopword) {
                    *stopwords.entry(fold(&e.text)).or_default() |= 1 << i;
                }
            }
        }
        let longest_stopword = stopwords.keys().map(String::len).max().unwrap_or(0);
        let genitives = dicts.marker_words(MarkerKind::Genitive);
        let recipients = dicts.marker_words(MarkerKind::Recipient);
        let possessives = dicts.marker_words(MarkerKind::Possessive);
        let times = dicts.marker_words(MarkerKind::Time);
        let gerunds = dicts.marker_words(MarkerKind::Gerund);
        let sendings = dicts.marker_words(MarkerKind::Sending);
        let locations = dicts
            .marker_words(MarkerKind::Place)
            .into_iter()
            .filter(|w| !recipients.contains(w))
            .collect();
        let forces = dicts
            .institutions
            .iter()
            .filter(|i| i.force)
            .map(|i| fold(&i.text))
            .collect();
        let titles = dicts
            .institutions
            .iter()
            .filter(|i| i.person)
            // The head word only: "attaché militaire" makes no title of
            // "militaire", which "soutien militaire" would then hold.
            .filter_map(|i| {
                fold(&i.text)
                    .split(|c: char| !is_word_char(c))
                    .find(|w| w.len() > 2)
                    .map(str::to_string)
            })
            .collect();
        RelationRules {
            languages,
            kinds: dicts.actors.iter().map(|a| a.kind).collect(),
            auxiliary: dicts.actors.iter().map(|a| a.auxiliary).collect(),
            junta: dicts.actors.iter().map(|a| a.junta).collect(),
            titles,
            genitives,
            recipients,
            possessives,
            times,
            gerunds,
            sendings,
            locations,
            forces,
            stopwords,
            longest_stopword,
            every_cue: false,
        }
    }

    /// The languages there are lexicons for.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.language.as_str())
    }

    /// Picks the language whose stopwords are most frequent among `words`
    /// (folded). Returns an index for [`RelationRules::read`], or `None` if
    /// no lexicon is loaded or no word is a stopword.
    ///
    /// Only the first [`LANGUAGE_SAMPLE`] words are looked at, with one
    /// lookup each, and fewer once one language leads clearly: a few dozen
    /// stopwords settle the question, and on a corpus of short articles a
    /// lookup per word was a twentieth of the running time.
    pub fn detect_language<'a>(&self, words: impl Iterator<Item = &'a str>) -> Option<usize> {
        let mut counts = vec![0usize; self.languages.len()];
        for (seen, w) in words.take(LANGUAGE_SAMPLE).enumerate() {
            // A clear lead settles it early: most articles show their
            // language within their first hundred words.
            if seen % 32 == 31 && clear_lead(&counts) {
                break;
            }
            if w.len() > self.longest_stopword {
                continue;
            }
            if let Some(&langs) = self.stopwords.get(w) {
                for (i, n) in counts.iter_mut().enumerate() {
                    *n += usize::from(langs & (1 << i) != 0);
                }
            }
        }
        // Ties go to the first language in name order, which keeps output
        // deterministic; text with no stopword at all has no language.
        (0..counts.len())
            .max_by(|&a, &b| counts[a].cmp(&counts[b]).then(b.cmp(&a)))
            .filter(|&i| counts[i] > 0)
    }

    /// The language whose cues and markers match most of `folded`, for text
    /// too short to show its stopwords ("Moscou soutient Bamako."). Each
    /// item is a folded sentence, its original text and its tokens.
    pub fn best_lexicon_for<'a>(
        &self,
        folded: impl Iterator<Item = (&'a NormalizedText, &'a str, &'a [Token])> + Clone,
    ) -> Option<usize> {
        (0..self.languages.len()).max_by_key(|&i| {
            let matches: usize = folded
                .clone()
                .map(|(norm, original, tokens)| {
                    self.languages[i].phrases.find(norm, original, tokens).len()
                })
                .sum();
            (matches, std::cmp::Reverse(i))
        })
    }

    /// The name of language `index`.
    pub fn language_name(&self, index: usize) -> &str {
        &self.languages[index].language
    }

    /// Reads the cues of sentences that name fewer than two actors, and
    /// nothing that could stand for one, too. No triple can be drawn there,
    /// so by default their cues are skipped (about a seventh of the rules'
    /// time on the bench corpus); an explanation wants each cue's rejection.
    pub fn read_every_cue(&mut self, yes: bool) {
        self.every_cue = yes;
    }

    /// Reads the relations of one sentence: `norm` is the folded sentence,
    /// `original` its text, `tokens` its tokens, `mentions` its actors. A
    /// sentence with fewer than two mentions and no description or pronoun
    /// gives its actor and no cue reading, unless
    /// [`RelationRules::read_every_cue`] asked for them.
    pub fn read(
        &self,
        language: usize,
        norm: &NormalizedText,
        original: &str,
        tokens: &[Token],
        mentions: &[Mention],
        context: &Context,
    ) -> SentenceRelations {
        let lang = &self.languages[language];
        let matches = lang.phrases.find(norm, original, tokens);
        let mut out = SentenceRelations::default();
        // No actor, nothing that could stand for one, no cue: nothing to
        // draw or explain, and no context for the next sentence. Most
        // sentences of a general news corpus; their items are not built.
        if mentions.is_empty() && matches.iter().all(|m| inert(lang.classes[m.phrase])) {
            return out;
        }
        // One actor or none, and nothing that could stand for another: no
        // triple, whatever the cues; only the context for the next sentence.
        if !self.every_cue
            && mentions.len() < 2
            && !matches
                .iter()
                .any(|m| stands_for_actors(lang.classes[m.phrase]))
        {
            if let Some(m) = mentions.iter().find(|m| !m.place) {
                out.actors.push(m.actor);
                out.first_plural = demonym_plural(m, norm);
            }
            return out;
        }
        let mut items = build_items(tokens, mentions, &matches, &lang.classes, norm, &mut out);
        settle_verbs(&mut items);
        reporting_clauses(&mut items);
        let function_word = |w: &str| {
            language < 64
                && self
                    .stopwords
                    .get(w)
                    .is_some_and(|bits| bits & 1 << language != 0)
        };
        let settle = EntryClass::Marker(MarkerKind::RuptureFromOrganisation);
        if matches.iter().any(|m| lang.classes[m.phrase] == settle) {
            organisation_ruptures(&mut items, &self.kinds, norm, function_word);
        }
        resolve_descriptions(&mut items, self, context, norm, &mut out);
        Reader {
            items: &items,
            rules: self,
            norm,
            out: &mut out,
        }
        .read_cues(norm);
        out.actors = items
            .iter()
            .filter_map(|it| match &it.kind {
                ItemKind::Actors(a) => Some(a.iter().copied()),
                _ => None,
            })
            .flatten()
            .collect();
        out.last_list = lists(&items, &self.kinds).pop().unwrap_or_default();
        out.first_plural = items
            .iter()
            .find(|it| matches!(it.kind, ItemKind::Actors(_)))
            .is_some_and(|it| it.plural);
        out
    }
}

/// The nearest item before `at` that is no plain word nor apostrophe, over
/// at most `max` words (a determiner: "de l'", "the"), and how many words
/// it passed.
fn before_words(items: &[Item], at: usize, max: usize) -> Option<(usize, usize)> {
    let mut words = 0;
    for i in (0..at).rev() {
        match items[i].kind {
            ItemKind::Punct('\'') => {}
            ItemKind::Word if words < max => words += 1,
            _ => return Some((i, words)),
        }
    }
    None
}

/// Whether the item at `i` is followed by the possessive "'s".
fn possessive(items: &[Item], i: usize, norm: &NormalizedText) -> bool {
    items
        .get(i + 1)
        .is_some_and(|it| it.kind == ItemKind::Punct('\''))
        && items
            .get(i + 2)
            .is_some_and(|it| it.kind == ItemKind::Word && &norm.as_str()[it.folded.range()] == "s")
}

/// Whether a lexicon entry, in a sentence that names no actor, can neither
/// stand for an actor nor be a cue read (and explained).
fn inert(class: EntryClass) -> bool {
    !matches!(
        class,
        EntryClass::Cue(..)
            | EntryClass::Marker(
                MarkerKind::Rupture
                    | MarkerKind::Suspension
                    | MarkerKind::RuptureFromOrganisation
                    | MarkerKind::Pronoun { .. }
                    | MarkerKind::Description(_)
                    | MarkerKind::Descriptions(_)
                    | MarkerKind::Junta { .. }
            )
    )
}

/// Whether a lexicon entry stands for one or more actors once resolved.
fn stands_for_actors(class: EntryClass) -> bool {
    matches!(
        class,
        EntryClass::Marker(
            MarkerKind::Pronoun { .. }
                | MarkerKind::Description(_)
                | MarkerKind::Descriptions(_)
                | MarkerKind::Junta { .. }
        )
    )
}

/// A demonym mention is plural when its noun is ("les autorités russes",
/// "French troops"); a name is singular.
fn demonym_plural(m: &Mention, norm: &NormalizedText) -> bool {
    m.via == crate::dictionary::AliasKind::Demonym
        && norm.as_str()[m.folded.range()]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.len() > 2 && (w.ends_with('s') || w.ends_with('x')))
}

/// One element of a sentence as the rules see it.
#[derive(Clone, Debug)]
pub struct Item {
    /// What it is.
    pub kind: ItemKind,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Bytes in the folded sentence.
    pub folded: Span,
    /// Whether it names several actors, or one through a plural noun
    /// ("les soldats maliens"): what a plural pronoun can stand for.
    pub plural: bool,
    /// Whether it is a resolved pronoun, which starts a clause and never
    /// joins a list.
    pub pronoun: bool,
    /// For a word that is a capital named as a place ("à Bamako"), its
    /// state: the receiver of a support cue, and nothing else.
    pub place: Option<ActorId>,
    /// Whether it names an actor through a person ("Poutine", "Goïta").
    pub person: bool,
    /// Whether it is a resolved description ("le pays"): a reading, not a
    /// name.
    pub described: bool,
    /// For a rupture word, whether it is a suspension, which keeps the
    /// membership it sanctions.
    pub suspends: bool,
    /// For a relative pronoun, whether it may be its clause's object
    /// (`relative:object`: "which", "que").
    pub object: bool,
}

impl Item {
    /// The item of token `tok`, the `t`-th of its sentence, read as itself.
    fn token(tok: Token, t: usize) -> Item {
        Item {
            kind: match tok.kind {
                TokenKind::Word => ItemKind::Word,
                TokenKind::Punct(c) => ItemKind::Punct(c),
            },
            first: t,
            last: t + 1,
            folded: Span::new(tok.start, tok.end),
            plural: false,
            pronoun: false,
            place: None,
            person: false,
            described: false,
            suspends: false,
            object: false,
        }
    }
}

/// What an [`Item`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// One or more actors: a mention, or a resolved description.
    Actors(Vec<ActorId>),
    /// A description not (yet) resolved.
    Description {
        /// Whether it stands for several actors.
        plural: bool,
        /// The kind of actor it stands for.
        kind: ActorKind,
        /// How many actors it names ("les trois pays"), or 0.
        count: u8,
        /// Whether it names a military government ("la junte"): it stands
        /// only for states with a `junta` line.
        junta: bool,
    },
    /// A relation cue.
    Cue(RelationKind, Frame),
    /// A function word.
    Marker(MarkerKind),
    /// Any other word.
    Word,
    /// A punctuation mark.
    Punct(char),
}

fn build_items(
    tokens: &[Token],
    mentions: &[Mention],
    matches: &[crate::matcher::PhraseMatch],
    classes: &[EntryClass],
    norm: &NormalizedText,
    out: &mut SentenceRelations,
) -> Vec<Item> {
    // Mentions are in text order and do not overlap; capitals named as
    // places are no items of their own.
    let mut names = mentions.iter().filter(|m| !m.place).peekable();
    let mut passed = None;
    let mut items = Vec::with_capacity(tokens.len());
    let mut li = matches.iter().peekable();
    let mut t = 0;
    while t < tokens.len() {
        // Most tokens start no match and no name: up to the next that
        // does, each is an item of its own, and nothing else is looked at.
        let horizon = li.peek().map_or(usize::MAX, |m| m.start).min(
            names
                .peek()
                .map_or(usize::MAX, |m: &&Mention| m.folded.start),
        );
        while let Some(&tok) = tokens.get(t).filter(|tok| tok.start < horizon) {
            if !abbreviation_stop(tokens, t) {
                items.push(Item::token(tok, t));
            }
            t += 1;
        }
        let Some(at) = tokens.get(t).map(|tok| tok.start) else {
            break;
        };
        // Lexicon matches that start inside or at a name are names, not cues.
        while let Some(m) = li.peek().filter(|m| m.start <= at) {
            // The names a match starting at or before `at` can overlap: the
            // last one passed and the next one.
            let span = Span::new(m.start, m.end);
            let inside = passed.is_some_and(|x: &Mention| x.folded.overlaps(span))
                || names.peek().is_some_and(|x| x.folded.overlaps(span));
            if m.start < at || inside {
                if inside && let EntryClass::Cue(..) = classes[m.phrase] {
                    out.cues.push(CueReading {
                        class: classes[m.phrase],
                        span: norm.original_span(m.start, m.end),
                        rejections: vec![Rejection::InsideName],
                    });
                }
                li.next();
            } else {
                break;
            }
        }
        if let Some(m) = names.peek().filter(|m| m.folded.start <= at) {
            let last = token_end(tokens, m.folded.end).max(t + 1);
            let plural = demonym_plural(m, norm);
            items.push(Item {
                kind: ItemKind::Actors(vec![m.actor]),
                first: t,
                last,
                folded: m.folded,
                plural,
                pronoun: false,
                place: None,
                person: m.via == crate::dictionary::AliasKind::Leader,
                described: false,
                suspends: false,
                object: false,
            });
            passed = names.next();
            t = last;
            continue;
        }
        if let Some(m) = li.peek().filter(|m| m.start == at) {
            let last = token_end(tokens, m.end).max(t + 1);
            // A lexicon phrase running into the next name is no phrase.
            if names.peek().is_none_or(|x| x.folded.start >= m.end) {
                let kind = match classes[m.phrase] {
                    EntryClass::Cue(k, f) => ItemKind::Cue(k, f),
                    EntryClass::Marker(MarkerKind::Description(kind)) => ItemKind::Description {
                        plural: false,
                        kind,
                        count: 1,
                        junta: false,
                    },
                    EntryClass::Marker(MarkerKind::Descriptions(count)) => ItemKind::Description {
                        plural: true,
                        kind: ActorKind::State,
                        count,
                        junta: false,
                    },
                    EntryClass::Marker(MarkerKind::Junta { plural }) => ItemKind::Description {
                        plural,
                        kind: ActorKind::State,
                        count: u8::from(!plural),
                        junta: true,
                    },
                    // Read as any rupture; the item remembers it suspends.
                    EntryClass::Marker(MarkerKind::Suspension) => {
                        ItemKind::Marker(MarkerKind::Rupture)
                    }
                    // Read as any relative; the item remembers it may be
                    // the object.
                    EntryClass::Marker(MarkerKind::ObjectRelative) => {
                        ItemKind::Marker(MarkerKind::Relative)
                    }
                    EntryClass::Marker(k) => ItemKind::Marker(k),
                };
                items.push(Item {
                    kind,
                    first: t,
                    last,
                    folded: Span::new(m.start, m.end),
                    plural: false,
                    pronoun: false,
                    place: None,
                    person: false,
                    described: false,
                    suspends: classes[m.phrase] == EntryClass::Marker(MarkerKind::Suspension),
                    object: classes[m.phrase] == EntryClass::Marker(MarkerKind::ObjectRelative),
                });
                li.next();
                t = last;
                continue;
            }
            li.next();
        }
        if !abbreviation_stop(tokens, t) {
            items.push(Item::token(tokens[t], t));
        }
        t += 1;
    }
    for m in mentions.iter().filter(|m| m.place) {
        let first = token_at(tokens, m.folded.start);
        // Items are in token order.
        if let Ok(i) = items.binary_search_by_key(&first, |it| it.first)
            && items[i].kind == ItemKind::Word
        {
            items[i].place = Some(m.actor);
        }
    }
    // "Russia's Wagner group": the possessor qualifies the possessed actor
    // and is not an argument of its own.
    for i in 0..items.len().saturating_sub(3) {
        if matches!(items[i].kind, ItemKind::Actors(_))
            && possessive(&items, i, norm)
            && matches!(items[i + 3].kind, ItemKind::Actors(_))
        {
            items[i].kind = ItemKind::Word;
        }
    }
    items
}

/// Settles each `rupture:organisation` word: a rupture right before an
/// organisation, named or described, with at most one word ("the")
/// between; a plain word elsewhere, where it has other senses ("the attack
/// left 20 dead"), and before "the ECOWAS summit", where a word other than
/// a function word follows the name and makes it a place to leave.
fn organisation_ruptures(
    items: &mut [Item],
    kinds: &[ActorKind],
    norm: &NormalizedText,
    function_word: impl Fn(&str) -> bool,
) {
    for i in 0..items.len() {
        if items[i].kind != ItemKind::Marker(MarkerKind::RuptureFromOrganisation) {
            continue;
        }
        let organisation = |at: usize| match items.get(at).map(|it| &it.kind) {
            Some(ItemKind::Actors(a)) => a
                .first()
                .is_some_and(|a| kinds[a.index()] == ActorKind::Organisation),
            Some(ItemKind::Description { kind, .. }) => *kind == ActorKind::Organisation,
            _ => false,
        };
        let word = |at: usize| items.get(at).is_some_and(|it| it.kind == ItemKind::Word);
        let noun = |at: usize| word(at) && !function_word(&norm.as_str()[items[at].folded.range()]);
        let before = organisation(i + 1) || (word(i + 1) && organisation(i + 2) && !noun(i + 3));
        items[i].kind = if before {
            ItemKind::Marker(MarkerKind::Rupture)
        } else {
            ItemKind::Word
        };
    }
}

/// Settles the verbs whose reading depends on a noun after them in their
/// clause, over at most [`NOUN_REACH`] items of any kind but a cue or a
/// clause edge: a signing verb with an agreement noun is an alliance cue
/// ("ont signé mercredi à Moscou un accord", "signed with Ankara a defence
/// pact"); a buying verb with a weapon noun is support received ("a acheté
/// des drones à la Turquie"), a selling one support given ("sold Niger
/// Bayraktar drones"). Without their noun they are plain words ("Niger
/// sold oil to China" is trade), as the nouns always become: the fixed
/// phrases of the lexicon cannot list every day, place, partner and
/// weapon that stand between. The lexicon matches all of them as markers,
/// so that no word is looked up here.
fn settle_verbs(items: &mut [Item]) {
    for i in 0..items.len() {
        let (noun, cue) = match items[i].kind {
            ItemKind::Marker(MarkerKind::Agreement | MarkerKind::Weapon) => {
                // Verbs before it have looked ahead already.
                items[i].kind = ItemKind::Word;
                continue;
            }
            ItemKind::Marker(MarkerKind::Signing) => (
                MarkerKind::Agreement,
                ItemKind::Cue(RelationKind::Alliance, Frame::Pair),
            ),
            ItemKind::Marker(MarkerKind::Purchase) => (
                MarkerKind::Weapon,
                ItemKind::Cue(RelationKind::Support, Frame::Receive),
            ),
            ItemKind::Marker(MarkerKind::Sale) => (
                MarkerKind::Weapon,
                ItemKind::Cue(RelationKind::Support, Frame::Active),
            ),
            _ => continue,
        };
        let found = items[i + 1..]
            .iter()
            .take(NOUN_REACH)
            .take_while(|it| match it.kind {
                ItemKind::Punct(p) => !is_clause_end(p) && p != ',',
                ItemKind::Cue(..)
                | ItemKind::Marker(
                    MarkerKind::Boundary
                    | MarkerKind::Contrast
                    | MarkerKind::Relative
                    | MarkerKind::Conjunction,
                ) => false,
                _ => true,
            })
            .any(|it| it.kind == ItemKind::Marker(noun));
        items[i].kind = if found { cue } else { ItemKind::Word };
    }
}

/// Settles each `reporting` word. Right after a comma (a closing quote
/// aside) and right before its subject, it opens a reporting clause ("...,
/// a indiqué l'Élysée"): a boundary. After a comma and a name ("..., the
/// Kremlin said"), the comma opens it, and becomes the boundary. Elsewhere
/// it is a plain word: "le Mali a indiqué son soutien", "Russia said it
/// would", and after an apposition, "la Russie, son allié, a annoncé son
/// soutien".
fn reporting_clauses(items: &mut [Item]) {
    let boundary = ItemKind::Marker(MarkerKind::Boundary);
    for i in 0..items.len() {
        if items[i].kind != ItemKind::Marker(MarkerKind::Reporting) {
            continue;
        }
        items[i].kind = ItemKind::Word;
        // Back over closing quotes, then over one name and its determiner.
        let mut j = i;
        while j > 0 && matches!(items[j - 1].kind, ItemKind::Punct('"' | '»' | '”' | '\'')) {
            j -= 1;
        }
        let subject_follows = || {
            items[i + 1..]
                .iter()
                .filter(|it| it.kind != ItemKind::Punct('\''))
                .take(3)
                .find(|it| it.kind != ItemKind::Word)
                .is_some_and(|it| {
                    matches!(it.kind, ItemKind::Actors(_) | ItemKind::Description { .. })
                })
        };
        if j > 0 && items[j - 1].kind == ItemKind::Punct(',') {
            if subject_follows() {
                items[i].kind = boundary.clone();
            }
            continue;
        }
        let named = j > 0 && matches!(items[j - 1].kind, ItemKind::Actors(_));
        if let Some(k) = named
            .then(|| before_words(items, j - 1, 1))
            .flatten()
            .map(|(k, _)| k)
            && items[k].kind == ItemKind::Punct(',')
        {
            items[k].kind = boundary.clone();
        }
    }
}

/// Replaces each description item by the actors it stands for, where the
/// choice is clear: a plural one by the last list of states in this or the
/// previous sentence, a singular one by the most-mentioned state of this and
/// the previous sentence (a description names the article's protagonist far
/// more often than the last state named).
fn resolve_descriptions(
    items: &mut [Item],
    rules: &RelationRules,
    context: &Context,
    norm: &NormalizedText,
    out: &mut SentenceRelations,
) {
    let kinds = &rules.kinds[..];
    // "la junte", "the juntas" stand only for states ruled by soldiers.
    let ruled_by_soldiers = |a: &ActorId| rules.junta[a.index()];
    for i in 0..items.len() {
        if let ItemKind::Marker(MarkerKind::Pronoun { plural }) = items[i].kind {
            let actors = resolve_pronoun(items, i, plural, kinds, context);
            if !actors.is_empty() {
                let f = items[i].folded;
                out.resolved
                    .push((norm.original_span(f.start, f.end), actors.clone()));
                items[i].plural = actors.len() > 1;
                items[i].pronoun = true;
                items[i].kind = ItemKind::Actors(actors);
            }
            continue;
        }
        let ItemKind::Description {
            plural,
            kind,
            count,
            junta,
        } = items[i].kind
        else {
            continue;
        };
        let actors = if plural && junta {
            let mut list = last_list(items, i, kinds);
            if list.len() < 2 {
                list = context.previous_list.clone();
            }
            list.retain(ruled_by_soldiers);
            list
        } else if plural {
            let here = last_list(items, i, kinds);
            let mut list = if here.len() >= 2 {
                here
            } else if let Some(named) = list_apposed(items, i, count, kinds) {
                named
            } else {
                context.previous_list.clone()
            };
            complete_count(&mut list, usize::from(count), items, i, kinds, context);
            list
        } else if let Some(named) = genitive_complement(items, i, kind, kinds) {
            // "le régime de Niamey", "the government of Mali": the
            // complement names the actor the description stands for.
            vec![named]
        } else if let Some(place) = place_before_clause(items, i, kind, kinds) {
            vec![place]
        } else {
            let before = items[..i]
                .iter()
                .filter_map(|it| match &it.kind {
                    ItemKind::Actors(a) => Some(a.iter().copied()),
                    _ => None,
                })
                .flatten()
                .filter(|a| kinds[a.index()] == kind);
            let previous = context
                .previous
                .iter()
                .copied()
                .filter(|a| kinds[a.index()] == kind);
            // "Moscow supplies the African nation": the object of a cue is
            // not its own subject.
            let subject = subject_of_cue_before(items, i);
            let mut pool: Vec<ActorId> = previous
                .chain(before)
                .filter(|a| Some(*a) != subject)
                .collect();
            // A junta is the article's: the state ruled by soldiers most
            // named so far, those named nearby first on a tie ("... le Niger
            // voisin. Macron avait annoncé le retrait ..., la junte" in an
            // article about Mali).
            if junta {
                pool.retain(ruled_by_soldiers);
            }
            // "The 15-member bloc" several sentences after ECOWAS was named:
            // an organisation of the article, when none is named nearby.
            if junta || pool.is_empty() && kind == ActorKind::Organisation {
                let mut others: Vec<ActorId> = context
                    .counts
                    .keys()
                    .copied()
                    .filter(|a| {
                        kinds[a.index()] == kind
                            && (!junta || ruled_by_soldiers(a))
                            && Some(*a) != subject
                            && !pool.contains(a)
                    })
                    .collect();
                others.sort_unstable();
                pool.extend(others);
            }
            let best = pool.iter().enumerate().max_by_key(|&(at, a)| {
                // On a tie, the earlier actor: the previous sentence's
                // subject before anything named since.
                (
                    context.counts.get(a).copied().unwrap_or(0),
                    std::cmp::Reverse(at),
                )
            });
            best.map(|(_, &a)| vec![a]).unwrap_or_default()
        };
        if !actors.is_empty() {
            let f = items[i].folded;
            out.resolved
                .push((norm.original_span(f.start, f.end), actors.clone()));
            items[i].kind = ItemKind::Actors(actors);
            items[i].described = true;
        }
    }
}

/// The actor of `kind` named right after the description at `at`, one
/// word ("de", "of") between, and perhaps a person's title or an article
/// after it; for a state, also its capital named as a
/// place ("the junta in Niamey", "les autorités à Bamako").
fn genitive_complement(
    items: &[Item],
    at: usize,
    kind: ActorKind,
    kinds: &[ActorKind],
) -> Option<ActorId> {
    if items.get(at + 1)?.kind != ItemKind::Word {
        return None;
    }
    let mut next = items.get(at + 2)?;
    // "la junte du général Tiani", "the government of President Tinubu":
    // a person's title may stand between; "le gouvernement de la
    // Fédération de Russie", "of the Russian Federation": so may an
    // article.
    if next.kind == ItemKind::Word
        && let Some(after) = items
            .get(at + 3)
            .filter(|it| it.person || matches!(it.kind, ItemKind::Actors(_)))
    {
        next = after;
    }
    match &next.kind {
        ItemKind::Actors(a) if a.len() == 1 && kinds[a[0].index()] == kind => Some(a[0]),
        ItemKind::Word if kind == ActorKind::State => next.place,
        _ => None,
    }
}

/// A subject pronoun stands for the first actor named in its sentence
/// before it ("the African nation has ... though it has drawn nearer to
/// Russia"), or else for the first actor of the previous sentence, the
/// subject in news prose, if their number agrees: "ils" needs a list or a
/// plural noun ("les soldats maliens"), "il" a single actor. A pronoun right
/// after a cue is its object ("to assist it") and stays unresolved, as do
/// impersonal uses ("il y a", "it seems"), which are `ignore` entries.
/// "Le Mali quitte l'OIF, après le Niger et le Burkina Faso. Les trois
/// pays ...": a counted description whose list is short or empty takes the
/// other states named in this sentence before it and in the previous one,
/// but only when they make the count exactly, so that the reading is
/// certain ("Moscou et Ouagadougou ... Les deux gouvernements"); one whose
/// list is longer stands for none of it.
fn complete_count(
    list: &mut Vec<ActorId>,
    count: usize,
    items: &[Item],
    at: usize,
    kinds: &[ActorKind],
    context: &Context,
) {
    // "... l'Algérie, la Mauritanie et le Niger. Les relations entre les
    // deux pays": a list longer than the count is not what it names.
    if count > 0 && list.len() > count {
        list.clear();
        return;
    }
    if count <= list.len() {
        return;
    }
    let here = items[..at].iter().flat_map(actors_of);
    let mut others: Vec<ActorId> = context
        .previous
        .iter()
        .copied()
        .chain(here)
        .filter(|a| kinds[a.index()] == ActorKind::State && !list.contains(a))
        .collect();
    dedup(&mut others);
    if list.len() + others.len() == count {
        list.extend(others);
    }
}

/// "Les trois pays de l'AES, le Mali, le Burkina Faso et le Niger, ...": a
/// plural description whose list follows it, set off by a comma (after its
/// complement, if any), stands for that list when the count agrees.
fn list_apposed(items: &[Item], at: usize, count: u8, kinds: &[ActorKind]) -> Option<Vec<ActorId>> {
    // The complement may name an organisation ("de l'Alliance des États du
    // Sahel (AES)"), no state: "les juntes de Bamako, Ouagadougou et
    // Niamey" is a genitive list.
    let comma = at
        + 1
        + items
            .get(at + 1..)?
            .iter()
            .take(8)
            .position(|it| it.kind == ItemKind::Punct(','))?;
    let state = |it: &Item| match &it.kind {
        ItemKind::Actors(a) => a.iter().any(|x| kinds[x.index()] == ActorKind::State),
        _ => false,
    };
    if items[at + 1..comma].iter().any(state) {
        return None;
    }
    // Its first item right after the comma, or after one article ("le").
    let mut first = comma + 1;
    if items.get(first)?.kind == ItemKind::Word {
        first += 1;
    }
    if !matches!(items.get(first)?.kind, ItemKind::Actors(_)) {
        return None;
    }
    let (list, _) = list_from(items, first);
    (list.len() >= 2 && (count == 0 || list.len() == usize::from(count))).then_some(list)
}

/// "au Burkina Faso, où l'armée combat le JNIM", "in Mali, where the
/// junta ...": a description that opens a clause right after ", X" stands
/// for X, when X is one actor of its kind.
fn place_before_clause(
    items: &[Item],
    at: usize,
    kind: ActorKind,
    kinds: &[ActorKind],
) -> Option<ActorId> {
    let [named, comma, marker] = items.get(at.checked_sub(3)?..at)? else {
        return None;
    };
    let ItemKind::Actors(a) = &named.kind else {
        return None;
    };
    (comma.kind == ItemKind::Punct(',')
        && matches!(marker.kind, ItemKind::Marker(MarkerKind::Boundary))
        && a.len() == 1
        && kinds[a[0].index()] == kind)
        .then_some(a[0])
}

/// When the item at `at` is the object of a cue or a rupture word
/// ("supplies the African nation", "troops to leave the country"), the
/// single actor named as its subject right before it.
fn subject_of_cue_before(items: &[Item], at: usize) -> Option<ActorId> {
    let skip = |i: usize| {
        matches!(
            items[i].kind,
            ItemKind::Word | ItemKind::Marker(MarkerKind::Auxiliary | MarkerKind::Recipient)
        )
    };
    let mut j = at.checked_sub(1)?;
    let mut gap = 0;
    while skip(j) {
        gap += 1;
        j = j.checked_sub(1).filter(|_| gap < 3)?;
    }
    if !matches!(
        items[j].kind,
        ItemKind::Cue(..) | ItemKind::Marker(MarkerKind::Rupture)
    ) {
        return None;
    }
    let mut k = j.checked_sub(1)?;
    gap = 0;
    while skip(k) {
        gap += 1;
        k = k.checked_sub(1).filter(|_| gap < 3)?;
    }
    match &items[k].kind {
        ItemKind::Actors(a) if a.len() == 1 => Some(a[0]),
        _ => None,
    }
}

fn resolve_pronoun(
    items: &[Item],
    at: usize,
    plural: bool,
    kinds: &[ActorKind],
    context: &Context,
) -> Vec<ActorId> {
    if at > 0 && matches!(items[at - 1].kind, ItemKind::Cue(..)) {
        return Vec::new();
    }
    let here = items[..at]
        .iter()
        .position(|it| matches!(it.kind, ItemKind::Actors(_)));
    let (first, first_plural, list) = match here {
        Some(i) => {
            let list = lists(&items[..at], kinds)
                .into_iter()
                .next()
                .unwrap_or_default();
            (actors_of(&items[i]), items[i].plural, list)
        }
        None => match context.previous.first() {
            Some(&a) => (
                vec![a],
                context.previous_plural,
                context.previous_list.clone(),
            ),
            None => return Vec::new(),
        },
    };
    let heads_list = list.len() >= 2 && list.first() == first.first();
    match (plural, heads_list, first_plural) {
        (true, true, _) => list,
        (true, false, true) | (false, false, false) => first,
        _ => Vec::new(),
    }
}

/// An argument found for a cue: the items of a list and how they were marked.
#[derive(Clone, Debug, Default)]
struct Arg {
    actors: Vec<ActorId>,
    /// Whether its first actor is named through a person's name (see also
    /// [`Reader::titled`]).
    person: bool,
    agent: bool,
    between: bool,
    /// Whether its actor is named, or a pronoun, not a resolved
    /// description, whose reading is a guess among the actors around.
    named: bool,
    blocked: Option<Rejection>,
    /// Index of the item after the list, to look for a second argument.
    end: usize,
    /// Index of its item nearest the cue.
    start: usize,
}

struct Reader<'a> {
    items: &'a [Item],
    /// The word sets and actor kinds the rules read.
    rules: &'a RelationRules,
    norm: &'a NormalizedText,
    out: &'a mut SentenceRelations,
}

impl Reader<'_> {
    fn read_cues(&mut self, norm: &NormalizedText) {
        let items = self.items;
        self.described_members(norm);
        let mut shared_subject: Option<Arg> = None;
        // Whether a cue before this one was read in the sentence: a verb
        // coordinated with it shares its subject, or has none known.
        let mut read_before = false;
        for (c, item) in items.iter().enumerate() {
            // Where the predicate stands: the rupture verb that ends the
            // cue ("which severed military and diplomatic relations with"),
            // else the cue. Its subject and coordination are looked for
            // from there.
            let mut predicate = c;
            let decline = matches!(
                item.kind,
                ItemKind::Cue(RelationKind::Tension, Frame::Decline)
            );
            let (kind, frame, modifier) = match item.kind {
                // "Mali's ties with Algeria have soured": a tie that goes
                // bad is a tension between its sides.
                ItemKind::Cue(RelationKind::Alliance, _) if self.declines_after(c) => (
                    RelationKind::Tension,
                    Frame::Pair,
                    Some("a tie that goes bad"),
                ),
                ItemKind::Cue(k, Frame::Decline) => (k, Frame::Pair, None),
                ItemKind::Cue(k, f) => match self.marker_before(c, MarkerKind::Rupture) {
                    Some(r) if ended_by_rupture(k, f) => {
                        predicate = r;
                        (
                            RelationKind::Tension,
                            Frame::Pair,
                            Some("rupture before an alliance, support or membership cue"),
                        )
                    }
                    _ => (k, f, None),
                },
                // A rupture word that modifies no cue states a tension itself.
                // "depuis la fin de 2021": the end of a year ends no tie.
                ItemKind::Marker(MarkerKind::Rupture)
                    if !self.modifies_cue(c)
                        && !items.get(c + 1).is_some_and(|it| self.numeric(it)) =>
                {
                    (RelationKind::Tension, Frame::Pair, Some("rupture"))
                }
                _ => continue,
            };
            // "Algeria and Mali suspended their military ties": an ended
            // alliance pairs its coordinated subjects, as the alliance did.
            let ended_alliance =
                modifier.is_some() && matches!(item.kind, ItemKind::Cue(RelationKind::Alliance, _));
            let span = norm.original_span(item.folded.start, item.folded.end);
            let class = EntryClass::Cue(kind, frame);
            let mut reading = CueReading {
                class,
                span,
                rejections: Vec::new(),
            };
            if self.has_before(c, MarkerKind::Negation) || self.denied(c) {
                reading.rejections.push(Rejection::Negated);
                self.out.cues.push(reading);
                continue;
            }
            let right = self.right_arg(c + 1, kind);
            // "avait frappé Niamey de sanctions", "hit Mali with sanctions":
            // a strike whose weapon is a tension noun is that tension.
            let kind = match &right {
                Some(r)
                    if kind == RelationKind::Conflict
                        && items[r.end.min(items.len())..]
                            .iter()
                            .take(3)
                            .take_while(|it| {
                                !matches!(it.kind, ItemKind::Actors(_) | ItemKind::Punct(_))
                            })
                            .any(|it| {
                                matches!(it.kind, ItemKind::Cue(RelationKind::Tension, _))
                            }) =>
                {
                    RelationKind::Tension
                }
                _ => kind,
            };
            let (right, companions) = match right {
                Some(r) if modifier == Some("rupture") => {
                    let (r, companions) = self.leaving_companions(r);
                    (Some(r), companions)
                }
                r => (r, Vec::new()),
            };
            // "les trois pays qui forment l'AES": to form an organisation
            // is to found it, to form soldiers is to train them; "l'AES,
            // formée en 2023 par le Mali, ...": formed by agents, an
            // organisation is founded.
            let organisations = |arg: &Arg| self.all_are(&arg.actors, ActorKind::Organisation);
            let (kind, frame) = match (frame, &right) {
                (Frame::Forms, Some(r))
                    if !r.agent && organisations(r)
                        || r.agent
                            && self
                                .left_arg(c, Frame::Founded, true)
                                .is_some_and(|l| organisations(&l)) =>
                {
                    (RelationKind::Membership, Frame::Founded)
                }
                (Frame::Forms, _) => (kind, Frame::Active),
                _ => (kind, frame),
            };
            // "la France condamne l'attaque du JNIM contre l'armée",
            // "criticised the alliance between": a cue that is the object of
            // a condemning verb is a noun whose sides follow it; the verb's
            // subject is none of them. Other verbs are not so clear: "part of
            // the allies of", "formé une alliance" (former: to train).
            let object_of_cue = before_words(items, c, 2).is_some_and(|(at, words)| {
                words > 0
                    && matches!(items[at].kind,
                        ItemKind::Cue(RelationKind::Tension, _) if kind != RelationKind::Tension)
            });
            // "Le Mali est soutenu par la Russie depuis le départ des troupes
            // françaises", "after the withdrawal of": a cue noun in a time
            // adverbial is an event whose sides are its complements; the
            // clause's subject, before it or after its comma, is none of
            // them. Not after a possessive ("après son retrait de la
            // CEDEAO, le Mali"), whose possessor is that subject.
            let event = self.in_time_adverbial(predicate, right.as_ref(), kind)
                || frame == Frame::Active && self.sending_of_force(c, right.as_ref());
            let passive = right.as_ref().is_some_and(|r| r.agent);
            let left = if object_of_cue || event {
                None
            } else if self.after_gerund(predicate) {
                // "Le Niger a emboîté le pas au Mali en rompant avec Kiev":
                // a gerund's subject is its clause's, not the nearest name.
                shared_subject
                    .clone()
                    .or_else(|| self.clause_subject(predicate))
                    .or_else(|| self.left_arg(predicate, frame, passive))
            } else if self.follows_joiner(predicate)
                || self.after_time_word(predicate)
                // "l'armée malienne, appuyée par Africa Corps": a passive
                // participle after a comma describes the noun before it.
                || self.participle_after_comma(predicate) && !passive
            {
                // "severed relations with France and cancelled an agreement
                // with the US": a coordinated verb shares the first's subject,
                // as does a verb after a time word ("left ECOWAS after
                // accusing the bloc") and a participle right after a comma
                // ("imposed sanctions on Daglo, accusing his fighters"). When
                // that cue had no subject named ("The militants overran a base
                // of the Somali army, before being driven back by AU troops"),
                // the nearest name is no better.
                if read_before {
                    shared_subject.clone()
                } else {
                    self.left_arg(predicate, frame, passive)
                }
            } else {
                self.left_arg(predicate, frame, passive)
            };
            // "Avec l'appui de la Russie, l'armée malienne ...": a support
            // noun after "avec" / "with" / "grâce au" opening the sentence
            // is the giver's ("de la Russie"); the subject after the comma
            // receives it.
            let opening = left.is_none();
            let left = left.or_else(|| {
                (!object_of_cue && !event)
                    .then(|| self.participial_subject(c, kind, right.as_ref()))
                    .flatten()
            });
            // So is one in a circumstance after the subject's comma: "Le
            // Mali, avec l'aide de la Russie, a repris Kidal"; and one after
            // the verb, with an article between ("l'appui", "the help"; no
            // infinitive, as "pour former", "to back", and no possessive, as
            // the cause in "sanctionné pour son soutien au M23"), goes to the
            // clause's subject, not to the object nearest before it:
            // "l'armée congolaise combat le M23 avec l'appui du Burundi".
            let articled = |at: usize| {
                at + 1 < c
                    && self.items[at + 1..c]
                        .iter()
                        .all(|it| !self.word_in(it, &self.rules.possessives))
            };
            let receiver = match (&left, self.after_recipient(c)) {
                (Some(l), Some(at)) if frame == Frame::Active => {
                    if opening || at > 0 && self.items[at - 1].kind == ItemKind::Punct(',') {
                        Some(l.clone())
                    } else if articled(at) {
                        Some(self.clause_subject(c).unwrap_or_else(|| l.clone()))
                    } else {
                        None
                    }
                }
                _ => None,
            };
            // "la CEDEAO a imposé au Niger de lourdes sanctions": an actor
            // right after "à" / "to" before a nominal cue, its determiner
            // between ("de lourdes", "un"), is the verb's indirect object,
            // the cue's receiving side; the subject stands further left.
            // A verb cue right after it ("supply to Niger worried") is
            // another clause's.
            // A description may hold its "à" ("impose au pays un embargo").
            // "a permis à l'armée de reprendre Kidal": a lone "de" opens an
            // infinitive, whose subject the indirect object is.
            let lone_de = |between: &[Item]| matches!(between, [it] if &norm.as_str()[it.folded.range()] == "de");
            let (left, right) = match (left, right) {
                (Some(l), None)
                    if !matches!(frame, Frame::Receive | Frame::Beside)
                        && l.end < c
                        && self.items[l.end..c]
                            .iter()
                            .all(|it| it.kind == ItemKind::Word)
                        && !lone_de(&self.items[l.end..c])
                        && let Some(at) = self.indirect_object(&l) =>
                {
                    match self.left_arg(at, frame, false) {
                        Some(subject) => (Some(subject), Some(l)),
                        None => (Some(l), None),
                    }
                }
                // "Mali's president thanked Russia for its support", "a
                // remercié la Russie pour son soutien": the support that
                // "for its" names right after an actor is that actor's, given
                // to the clause's subject.
                (Some(l), None)
                    if frame == Frame::Active
                        && kind == RelationKind::Support
                        && c >= 2
                        && l.end + 2 == c
                        && self.items[c - 2].kind == ItemKind::Marker(MarkerKind::Recipient)
                        && self.word_in(&self.items[c - 1], &self.rules.possessives)
                        && let Some(subject) =
                            self.clause_subject(c).filter(|s| s.actors != l.actors) =>
                {
                    (Some(l), Some(subject))
                }
                // "Niamey has since moved closer to Moscow, which sent
                // military instructors": a giver named as the antecedent of
                // a relative clause, with no receiver in it, gives to the
                // subject of the clause the antecedent stands in.
                (Some(l), None)
                    if frame == Frame::Active
                        && kind == RelationKind::Support
                        && self.relative_antecedent_of(c, &l)
                        && let Some(subject) = self.clause_subject(l.start).filter(|s| {
                            s.start < l.start
                                && !s.actors.iter().any(|a| l.actors.contains(a))
                                && self.all_are(&s.actors, ActorKind::State)
                        }) =>
                {
                    (Some(l), Some(subject))
                }
                other => other,
            };
            // "the African Union, which Morocco rejoined in 2017", "la
            // CEDEAO, que le Mali a quittée": the antecedent of an object
            // relative is the cue's object.
            let right = match (&left, right) {
                (Some(l), None) => self.object_antecedent(l),
                (_, right) => right,
            };
            // "la CEDEAO, que le Mali a quittée avec le Niger": when the
            // organisation left is that antecedent, the states after "avec"
            // leave with the subject; they are no side of their own.
            let (right, companions) = match (&left, right) {
                (Some(l), Some(r))
                    if modifier == Some("rupture")
                        && companions.is_empty()
                        && self.after_marker(r.start, MarkerKind::Recipient)
                        && self.all_are(&r.actors, ActorKind::State) =>
                {
                    match self.object_antecedent(l) {
                        Some(o) if self.all_are(&o.actors, ActorKind::Organisation) => {
                            (Some(o), r.actors)
                        }
                        _ => (Some(r), companions),
                    }
                }
                (_, right) => (right, companions),
            };
            // "Mali, Algeria trade accusations over downed drone": a
            // headline's comma stands for "and".
            let left = match left {
                Some(mut l) if l.start == 2 && self.headline_subjects(c) => {
                    let mut actors = actors_of(&items[0]);
                    actors.append(&mut l.actors);
                    dedup(&mut actors);
                    l.actors = actors;
                    Some(l)
                }
                left => left,
            };
            // "Turkey, a NATO member, sold drones": a noun's modifier is
            // no predicate whose subject a later verb could share.
            // "Algeria rejected Mali's accusations and condemned ...": a
            // noun's possessor is no subject a coordinated verb shares; the
            // clause's is.
            if frame != Frame::Apposed {
                if let Some(l) = &left {
                    shared_subject = if l.start < c && possessive(items, l.start, norm) {
                        self.clause_subject(c).or_else(|| left.clone())
                    } else {
                        left.clone()
                    };
                }
                // "Gitega accuse Kigali d'entraîner et d'armer les
                // rebelles", "accused Benin of hosting and arming": the
                // accused does what the infinitives after "de", "of" say,
                // the coordinated ones too.
                if kind == RelationKind::Tension
                    && let Some(r) = &right
                    && items
                        .get(r.end)
                        .is_some_and(|it| self.word_in(it, &self.rules.genitives))
                {
                    shared_subject = Some(r.clone());
                }
                read_before = true;
            }
            // "Bamako a annoncé le retrait du Mali de la CEDEAO": a subject
            // that the cue's first complement names again is no side of its
            // own; that complement and the next one are the two sides. Not
            // when either is a description ("ending the nation's
            // partnership with France"), whose reading may just have made
            // them equal.
            let restated = matches!(frame, Frame::Pair | Frame::Mutual)
                && matches!((&left, &right),
                    (Some(l), Some(r)) if l.named && r.named && !r.between && l.actors == r.actors);
            let second = match (&left, &right) {
                (None, Some(r)) if !r.between => self.right_arg(r.end, kind),
                (Some(_), Some(r)) if restated => self.right_arg(r.end, kind),
                _ => None,
            };
            let left = if restated && second.is_some() {
                None
            } else {
                left
            };
            let mut pairs: Vec<(ActorId, ActorId, &'static str)> = Vec::new();
            // Triples of another kind than the cue's that its reading implies.
            let mut implied: Vec<(Triple, &'static str)> = Vec::new();
            let mut blocked = None;
            let mut keep = |arg: Option<Arg>| -> Option<Arg> {
                match arg {
                    Some(a) if a.blocked.is_some() => {
                        blocked = a.blocked;
                        None
                    }
                    other => other,
                }
            };
            let (left, right, second) = (keep(left), keep(right), keep(second));
            if let Some(why) = blocked {
                reading.rejections.push(why);
            }
            let rule = modifier;
            // "Moscou a dépêché des instructeurs russes au Niger", "sent
            // Wagner fighters to Mali": the force sent is no receiver; it
            // gives, as its sender does, to the one named after "to".
            let sent_to = match (&left, &right) {
                (Some(l), Some(r))
                    if frame == Frame::Active
                        && kind == RelationKind::Support
                        && !r.agent
                        && self.is_force_of(&r.actors, &l.actors) =>
                {
                    self.receiver_after(r.end)
                }
                _ => None,
            };
            match frame {
                Frame::Active | Frame::Forms | Frame::Receive | Frame::Beside => {
                    let (givers, takers, name) = match (&left, &right, &second) {
                        (Some(l), Some(r), _) if sent_to.is_some() => {
                            let mut givers = l.actors.clone();
                            givers.extend(&r.actors);
                            dedup(&mut givers);
                            (
                                givers,
                                sent_to.clone().unwrap_or_default(),
                                "subject and the force it sends give to the receiver",
                            )
                        }
                        // "la livraison de blindés par la Chine au Niger"
                        (None, Some(r), Some(s)) if r.agent => {
                            (r.actors.clone(), s.actors.clone(), "nominal: by X to Y")
                        }
                        // "L'ambassadeur russe a été reçu par Goïta": a person
                        // received is a visit.
                        (Some(l), Some(r), _)
                            if r.agent
                                && frame == Frame::Receive
                                && (l.person || self.titled(l.start)) =>
                        {
                            reading.rejections.push(Rejection::Meeting);
                            (vec![], vec![], "")
                        }
                        (l, Some(r), _) if r.agent => (
                            r.actors.clone(),
                            l.as_ref().map(|l| l.actors.clone()).unwrap_or_default(),
                            "passive: agent gives to subject",
                        ),
                        // "Poutine a reçu Goïta": hosting a visitor.
                        (Some(_), Some(r), _)
                            if frame == Frame::Receive
                                && (r.person || self.titled(r.start))
                                && self.direct_object(c, r) =>
                        {
                            reading.rejections.push(Rejection::Meeting);
                            (vec![], vec![], "")
                        }
                        (Some(l), Some(r), _) if frame == Frame::Receive => (
                            r.actors.clone(),
                            l.actors.clone(),
                            "subject receives from object",
                        ),
                        // "Le Niger a quitté la CEDEAO aux côtés du Mali": a
                        // companion in another deed shares it, and no more.
                        (Some(_), Some(r), _)
                            if frame == Frame::Beside
                                && let Some(d) = self.deed_before(c) =>
                        {
                            // The companion stands for the deed's subject, not
                            // for its object, which is nearer.
                            let doers = self
                                .left_arg(d, Frame::Active, false)
                                .map(|a| a.actors)
                                .unwrap_or_default();
                            let deed = self.norm.original_span(
                                self.items[d].folded.start,
                                self.items[d].folded.end,
                            );
                            let shared: Vec<Triple> = (self.out.drawn.iter())
                                .filter(|x| x.cue == deed)
                                .map(|x| x.triple)
                                .collect();
                            for t in shared {
                                for &partner in &r.actors {
                                    let with_partner = if doers.contains(&t.source) {
                                        Triple::new(partner, t.kind, t.target)
                                    } else if doers.contains(&t.target) {
                                        Triple::new(t.source, t.kind, partner)
                                    } else {
                                        continue;
                                    };
                                    implied.push((with_partner, "a companion shares the deed"));
                                }
                            }
                            (vec![], vec![], "")
                        }
                        // "les soldats maliens, aux côtés de leurs supplétifs
                        // de Wagner", "Rwandan troops fight alongside the
                        // M23", "Russian instructors fight alongside the
                        // Malian army": who helps whom is not in the syntax.
                        // Between a state and an armed group, the group helps
                        // if it is a state's auxiliary, and is helped if it is
                        // not (a rebel movement); between two states or two
                        // groups, the one that joins helps.
                        (Some(l), Some(r), _) if frame == Frame::Beside => {
                            for &o in &self.opponents_after(r.end) {
                                for &a in l.actors.iter().chain(&r.actors) {
                                    implied.push((
                                        Triple::new(a, RelationKind::Conflict, o),
                                        "side by side against",
                                    ));
                                }
                            }
                            let helped = |group: &Arg, state: &Arg| {
                                self.armed_groups(&group.actors)
                                    && !self.armed_groups(&state.actors)
                                    && !self.auxiliaries(&group.actors)
                            };
                            if self.armed_groups(&r.actors)
                                && !self.armed_groups(&l.actors)
                                && self.auxiliaries(&r.actors)
                            {
                                (
                                    r.actors.clone(),
                                    l.actors.clone(),
                                    "the auxiliary armed group beside helps",
                                )
                            } else if helped(r, l) {
                                (
                                    l.actors.clone(),
                                    r.actors.clone(),
                                    "the state beside a rebel group helps",
                                )
                            } else if helped(l, r) {
                                (
                                    r.actors.clone(),
                                    l.actors.clone(),
                                    "the state beside a rebel group helps",
                                )
                            } else {
                                (
                                    l.actors.clone(),
                                    r.actors.clone(),
                                    "the side that joins helps",
                                )
                            }
                        }
                        // "a dépêché à Bamako son ministre de la Défense",
                        // "sent an envoy to Niamey": a person sent is a visit.
                        // Not the receiver before the cue ("Mali's president
                        // thanked Russia for its support").
                        (Some(_), Some(r), _)
                            if frame == Frame::Active && r.end > c && self.sends_a_person(c, r) =>
                        {
                            reading.rejections.push(Rejection::Meeting);
                            (vec![], vec![], "")
                        }
                        (Some(_), Some(r), _)
                            if !r.agent
                                && let Some(subject) = &receiver =>
                        {
                            (
                                r.actors.clone(),
                                subject.actors.clone(),
                                "with X's support, the subject",
                            )
                        }
                        (Some(l), Some(r), _) => (
                            l.actors.clone(),
                            r.actors.clone(),
                            "subject gives to object",
                        ),
                        (None, Some(r), Some(s)) if !s.agent => {
                            (r.actors.clone(), s.actors.clone(), "nominal: of X to Y")
                        }
                        // "Wagner fighters killed alongside Malian troops by
                        // JNIM": a receive cue ("alongside", "reçu") has no
                        // nominal giver after "by"; that agent is another
                        // verb's.
                        (None, Some(r), Some(s)) if frame == Frame::Active => {
                            (s.actors.clone(), r.actors.clone(), "nominal: X by Y")
                        }
                        _ => (vec![], vec![], ""),
                    };
                    for &g in &givers {
                        for &t in &takers {
                            pairs.push((g, t, rule.unwrap_or(name)));
                        }
                    }
                }
                Frame::Pair | Frame::Mutual | Frame::Decline => match (&left, &right, &second) {
                    // "Benin and Niger traded accusations and Chinese
                    // diplomats pressed both": coordinated subjects of a
                    // mutual deed are its counterparts; an object is one
                    // only after "avec", "with".
                    (Some(l), Some(r), _)
                        if frame == Frame::Mutual
                            && l.actors.len() >= 2
                            && !before_words(self.items, r.start, 2).is_some_and(|(m, _)| {
                                self.items[m].kind == ItemKind::Marker(MarkerKind::Recipient)
                            }) =>
                    {
                        all_pairs(
                            &l.actors,
                            rule.unwrap_or("coordinated subjects"),
                            &mut pairs,
                        )
                    }
                    // "avec ses deux partenaires de la Confédération des
                    // États du Sahel, le Burkina Faso et le Niger": the
                    // organisation the partners belong to, then the
                    // partners; all of them are its members.
                    (Some(l), Some(r), _)
                        if kind == RelationKind::Alliance
                            && modifier.is_none()
                            && let Some((body, partners)) = self.partners_in(r) =>
                    {
                        for &a in &l.actors {
                            for &b in &partners {
                                pairs.push((a, b, "partners within an organisation"));
                            }
                        }
                        for &m in l.actors.iter().chain(&partners) {
                            for &o in &body {
                                implied.push((
                                    Triple::new(m, RelationKind::Membership, o),
                                    "partners within an organisation are its members",
                                ));
                            }
                        }
                    }
                    (Some(l), Some(r), _) => {
                        for &a in &l.actors {
                            for &b in &r.actors {
                                pairs.push((a, b, rule.unwrap_or("subject and object")));
                            }
                        }
                        // "Le Mali et le Burkina Faso, partenaires de Niamey
                        // au sein de l'AES": partners within an organisation
                        // are its members, both sides.
                        if kind == RelationKind::Alliance && modifier.is_none() {
                            for &o in &self.organisation_after(r.end) {
                                for &m in l.actors.iter().chain(&r.actors) {
                                    implied.push((
                                        Triple::new(m, RelationKind::Membership, o),
                                        "partners within an organisation are its members",
                                    ));
                                }
                            }
                        }
                    }
                    (None, Some(r), _) if r.between => {
                        all_pairs(&r.actors, rule.unwrap_or("between X and Y"), &mut pairs)
                    }
                    (None, Some(r), Some(s)) => {
                        for &a in &r.actors {
                            for &b in &s.actors {
                                pairs.push((a, b, rule.unwrap_or("nominal: of X with Y")));
                            }
                        }
                    }
                    // "Niger's relations with Benin have soured", "les
                    // relations du Mali avec l'Algérie se sont dégradées".
                    (Some(l), None, _) if decline && let Some(owner) = self.tie_owner(l) => {
                        for &a in &owner {
                            for &b in &l.actors {
                                pairs.push((a, b, "a tie that goes bad"));
                            }
                        }
                    }
                    // "Washington, Israel's closest ally", "Chad, France's
                    // partner": a tie owned by a possessor, set after a
                    // name's comma, ties the name to the possessor.
                    (Some(l), None, _)
                        if kind == RelationKind::Alliance
                            && let Some(head) = self.possessed_tie_head(c, l) =>
                    {
                        for &a in &head {
                            for &b in &l.actors {
                                pairs.push((a, b, "a name, then its possessor's tie"));
                            }
                        }
                    }
                    // "X et Y ont signé un accord", "relations between X and Y
                    // are tense": coordinated subjects are each other's
                    // counterparts only for an alliance or after "between";
                    // "X and Y condemn ..." are co-agents.
                    (Some(l), None, _)
                        if kind == RelationKind::Alliance
                            || ended_alliance
                            || l.between
                            || frame == Frame::Mutual
                            || self.reciprocal_near(c) =>
                    {
                        all_pairs(
                            &l.actors,
                            rule.unwrap_or("coordinated subjects"),
                            &mut pairs,
                        )
                    }
                    (None, None, _) => {
                        if let Some((a, b)) = self.headline_pair(c) {
                            for &x in a {
                                for &y in b {
                                    pairs.push((x, y, "headline: X-Y, then the cue"));
                                }
                            }
                        }
                    }
                    _ => {}
                },
                Frame::MemberOf => {
                    let organisations = |a: &Arg| self.all_are(&a.actors, ActorKind::Organisation);
                    if let (Some(_), Some(r)) = (&left, &right)
                        && self.owned_by_object(c, r)
                    {
                        reading.rejections.push(Rejection::OwnedObject);
                    } else if let Some(l) = &left
                        && l.end == c
                        && organisations(l)
                        && right.as_ref().is_none_or(|r| !organisations(r))
                        && let Some(m) = self
                            .left_arg(l.start, frame, false)
                            .filter(|m| !organisations(m))
                    {
                        // "Botswana and Angola are SADC members", "among the
                        // other SADC members": an organisation right before
                        // the cue is the body; the members stand before it.
                        for &a in &m.actors {
                            for &o in &l.actors {
                                pairs.push((a, o, "members named before their organisation"));
                            }
                        }
                    } else if let (Some(l), Some(r)) = (&left, &right) {
                        // "qui forment avec le Mali l'AES", "joined Mali in
                        // the AES": states as object, then the organisation
                        // that all of them make up.
                        let body = self.organisation_after(r.end);
                        if let Some((body, partners)) = self.states_apposed(r) {
                            // "its partners in the AES, Burkina Faso and
                            // Mali": the states are members too.
                            for &m in l.actors.iter().chain(&partners) {
                                for &o in &body {
                                    pairs.push((m, o, "subject and partners are members"));
                                }
                            }
                        } else if body.is_empty() {
                            for &m in &l.actors {
                                for &o in &r.actors {
                                    pairs.push((m, o, "subject is member of object"));
                                }
                            }
                            // "Le Niger, qui a quitté la CEDEAO avec le Mali,
                            // ses partenaires au sein de l'AES": the partners
                            // are members too, and the possessor's allies.
                            // When the subject found is that list itself, the
                            // possessor is not known.
                            let partners = self.possessed_apposition(c);
                            // "coordinates with those two countries, its
                            // partners in the AES": with the list itself as
                            // subject, the possessor is the clause's, a
                            // member too.
                            // Not when the clause already relates them
                            // ("s'appuie sur le Togo et le Ghana, ses
                            // partenaires au sein de la CEDEAO": support).
                            let related = |s: &[ActorId]| {
                                self.out
                                    .drawn
                                    .iter()
                                    .filter(|d| d.triple.kind != RelationKind::Alliance)
                                    .any(|d| {
                                        let (a, b) = (d.triple.source, d.triple.target);
                                        s.contains(&a) && partners.contains(&b)
                                            || s.contains(&b) && partners.contains(&a)
                                    })
                            };
                            let possessor = if l.actors.iter().any(|m| partners.contains(m)) {
                                self.clause_subject(c)
                                    .map(|s| s.actors)
                                    .filter(|s| {
                                        !s.iter().any(|m| partners.contains(m)) && !related(s)
                                    })
                                    .unwrap_or_default()
                            } else {
                                l.actors.clone()
                            };
                            for &partner in &partners {
                                for &o in &r.actors {
                                    pairs.push((partner, o, "partners are members"));
                                }
                                for &m in &possessor {
                                    implied.push((
                                        Triple::new(m, RelationKind::Alliance, partner),
                                        "the possessor's partners",
                                    ));
                                }
                            }
                            if !partners.is_empty()
                                && !possessor.is_empty()
                                && possessor != l.actors
                            {
                                for &m in &possessor {
                                    for &o in &r.actors {
                                        pairs.push((m, o, "the possessor is a member too"));
                                    }
                                }
                            }
                        } else {
                            for &m in l.actors.iter().chain(&r.actors) {
                                for &o in &body {
                                    pairs.push((m, o, "subject and partners are members"));
                                }
                            }
                        }
                    }
                }
                Frame::HasMembers => {
                    if let (Some(l), Some(r)) = (&left, &right) {
                        // "Mali fights armed groups, JNIM among them": only
                        // an organisation has members.
                        let organisations = l
                            .actors
                            .iter()
                            .filter(|o| self.rules.kinds[o.index()] == ActorKind::Organisation);
                        for &o in organisations {
                            for &m in &r.actors {
                                pairs.push((m, o, "organisation has the objects as members"));
                            }
                        }
                    }
                }
                // "NATO member Turkey", "Turkey, a NATO member": a bare
                // "member" takes only the actors next to it; further off
                // they are any clause's ("a NATO member, sold drones to Mali").
                Frame::Apposed => {
                    let organisations: &[ActorId] = match c.checked_sub(1).map(|at| &items[at].kind)
                    {
                        Some(ItemKind::Actors(a)) => a,
                        _ => &[],
                    };
                    let before = |back: usize| c.checked_sub(back).map(|at| &items[at].kind);
                    let members: &[ActorId] = match (&right, before(2), before(3), before(4)) {
                        // "The AES member states, Mali, Burkina Faso and Niger,"
                        (Some(r), ..)
                            if !r.agent
                                && (r.start == c + 1
                                    || r.start == c + 2
                                        && matches!(
                                            items[c + 1].kind,
                                            ItemKind::Punct(',' | ':')
                                        )) =>
                        {
                            &r.actors
                        }
                        (
                            _,
                            Some(ItemKind::Word | ItemKind::Marker(MarkerKind::Stopword)),
                            Some(ItemKind::Punct(',')),
                            Some(ItemKind::Actors(a)),
                        ) => a,
                        _ => &[],
                    };
                    // "Botswana and Angola are SADC members", "are among the
                    // other SADC members": a list before a copula.
                    let subject = match (members.is_empty(), c.checked_sub(1)) {
                        (true, Some(at)) if !organisations.is_empty() => {
                            self.subject_before_copula(at)
                        }
                        _ => Vec::new(),
                    };
                    let members = if members.is_empty() {
                        &subject[..]
                    } else {
                        members
                    };
                    for &o in organisations
                        .iter()
                        .filter(|o| self.rules.kinds[o.index()] == ActorKind::Organisation)
                    {
                        for &m in members {
                            pairs.push((m, o, "an organisation's member, named beside it"));
                        }
                    }
                }
                // "des instructeurs russes sont arrivés au Niger", "the
                // arrival of Wagner fighters in Mali": a force arriving in a
                // state supports it; officials or a president arriving do not.
                Frame::Arrival => {
                    let (force, host) = match (&left, &right, &second) {
                        (Some(l), Some(r), _) => (Some(l), Some(r)),
                        (None, Some(r), Some(s)) => (Some(r), Some(s)),
                        _ => (None, None),
                    };
                    if let (Some(f), Some(_)) = (force, host)
                        && !self.is_force(f)
                    {
                        reading.rejections.push(Rejection::NotAForce);
                    } else if let (Some(f), Some(h)) = (force, host) {
                        for &a in &f.actors {
                            for &b in &h.actors {
                                if self.rules.kinds[b.index()] == ActorKind::State {
                                    pairs.push((a, b, "a force arrives in a state"));
                                }
                            }
                        }
                    }
                }
                Frame::Founded => {
                    let (members, orgs, name) = match (&left, &right) {
                        // "la création de l'AES par le Mali et le Niger"
                        (None, Some(r)) if second.as_ref().is_some_and(|s| s.agent) => {
                            let s = second
                                .as_ref()
                                .map(|s| s.actors.clone())
                                .unwrap_or_default();
                            (s, r.actors.clone(), "founded by agents")
                        }
                        (l, Some(r)) if r.agent => {
                            let mut orgs: Vec<ActorId> =
                                l.iter().flat_map(|l| l.actors.clone()).collect();
                            if orgs.is_empty() {
                                orgs = self.next_organisation(r.end);
                            }
                            (r.actors.clone(), orgs, "founded by agents")
                        }
                        (Some(l), Some(r)) => {
                            (l.actors.clone(), r.actors.clone(), "subjects found object")
                        }
                        _ => (vec![], vec![], ""),
                    };
                    for &m in &members {
                        for &o in &orgs {
                            pairs.push((m, o, name));
                        }
                    }
                }
            }
            // The companions of a subject that leaves an organisation leave
            // it too.
            if pairs.iter().any(|(a, b, _)| a != b) {
                for &m in &companions {
                    for &o in right.iter().flat_map(|r| &r.actors) {
                        pairs.push((m, o, "a companion leaves with the subject"));
                    }
                }
            }
            if pairs.is_empty()
                && implied.is_empty()
                && blocked.is_none()
                && reading.rejections.is_empty()
            {
                reading.rejections.push(Rejection::OutOfScope);
            }
            // "la CEDEAO a suspendu le Mali": a suspension keeps the member
            // it sanctions (GUIDELINES); only a suspension of its own, not
            // one that ends a cue ("suspended its support to Niger").
            let suspension = item.suspends && modifier == Some("rupture");
            let mut kept = implied;
            for (a, b, rule) in pairs {
                if a == b {
                    reading.rejections.push(Rejection::SameActor);
                    continue;
                }
                let organisation =
                    |x: ActorId| self.rules.kinds[x.index()] == ActorKind::Organisation;
                if suspension && organisation(a) != organisation(b) {
                    let (member, body) = if organisation(a) { (b, a) } else { (a, b) };
                    kept.push((
                        Triple::new(member, RelationKind::Membership, body),
                        "a suspension keeps the membership",
                    ));
                }
                if kind == RelationKind::Membership
                    && self.rules.kinds[b.index()] != ActorKind::Organisation
                {
                    reading.rejections.push(Rejection::NotAnOrganisation);
                    continue;
                }
                let triple = Triple::new(a, kind, b);
                if !self.out.drawn.iter().any(|d| d.triple == triple) {
                    self.out.drawn.push(Drawn {
                        triple,
                        cue: span,
                        rule,
                    });
                }
            }
            for (triple, rule) in kept {
                if !self.out.drawn.iter().any(|d| d.triple == triple) {
                    self.out.drawn.push(Drawn {
                        triple,
                        cue: span,
                        rule,
                    });
                }
            }
            reading.rejections.dedup();
            self.out.cues.push(reading);
        }
        self.share_with_opening_companions();
    }

    /// "Avec le Mali et le Niger, Ouagadougou a créé une banque", "Together
    /// with Mali and Burkina Faso, Niger forms the AES": the actors an
    /// opening "with" names right before its comma share each triple that
    /// the subject after it is a side of.
    fn share_with_opening_companions(&mut self) {
        let items = self.items;
        let opens = items.first().is_some_and(|it| {
            matches!(
                it.kind,
                ItemKind::Marker(MarkerKind::Recipient | MarkerKind::Joiner)
            )
        });
        if !opens || self.out.drawn.is_empty() {
            return;
        }
        let mut first = 1;
        if matches!(
            items.get(first).map(|it| &it.kind),
            Some(ItemKind::Word | ItemKind::Marker(MarkerKind::Stopword))
        ) {
            first += 1;
        }
        if !matches!(
            items.get(first).map(|it| &it.kind),
            Some(ItemKind::Actors(_))
        ) {
            return;
        }
        let companions = self.list_right(first);
        if items.get(companions.end).map(|it| &it.kind) != Some(&ItemKind::Punct(',')) {
            return;
        }
        // The subject: the first name right after a comma, past an
        // apposition on the companions ("ses partenaires de l'AES,").
        let after_comma = |j: usize| {
            let mut k = j - 1;
            if items[k].kind == ItemKind::Punct('\'') {
                k -= 1;
            }
            if matches!(
                items[k].kind,
                ItemKind::Word | ItemKind::Marker(MarkerKind::Stopword)
            ) {
                k -= 1;
            }
            items[k].kind == ItemKind::Punct(',')
        };
        let Some(subject) = (companions.end + 1..items.len()).find_map(|j| match &items[j].kind {
            ItemKind::Actors(a) if after_comma(j) => Some(a.clone()),
            ItemKind::Punct(p) if is_clause_end(*p) => Some(Vec::new()),
            _ => None,
        }) else {
            return;
        };
        let mut shared = Vec::new();
        for d in &self.out.drawn {
            for &s in &subject {
                for &c in companions.actors.iter().filter(|c| !subject.contains(c)) {
                    let t = d.triple;
                    let copy = if t.source == s {
                        Triple::new(c, t.kind, t.target)
                    } else if t.target == s {
                        Triple::new(t.source, t.kind, c)
                    } else {
                        continue;
                    };
                    if copy.source != copy.target {
                        shared.push(Drawn {
                            triple: copy,
                            cue: d.cue,
                            rule: "an opening companion shares the deed",
                        });
                    }
                }
            }
        }
        for d in shared {
            if !self.out.drawn.iter().any(|x| x.triple == d.triple) {
                self.out.drawn.push(d);
            }
        }
    }

    /// Whether a marker of `kind` stands within [`MODIFIER_REACH`] words
    /// before item `c`, in the same clause.
    fn has_before(&self, c: usize, kind: MarkerKind) -> bool {
        self.marker_before(c, kind).is_some()
    }

    /// Whether the cue at `c` is in a clause that a denial opens ("deny
    /// that Russian instructors will be deployed"), in its sentence.
    fn denied(&self, c: usize) -> bool {
        for item in self.items[..c].iter().rev().take(DENIAL_REACH) {
            match item.kind {
                ItemKind::Marker(MarkerKind::Denial) => return true,
                ItemKind::Marker(MarkerKind::Contrast) => return false,
                ItemKind::Punct(p) if is_clause_end(p) => return false,
                _ => {}
            }
        }
        false
    }

    /// The marker of `kind` within [`MODIFIER_REACH`] words before item `c`,
    /// in the same clause.
    fn marker_before(&self, c: usize, kind: MarkerKind) -> Option<usize> {
        let mut words = 0;
        // "la rupture « avec effet immédiat » de ses relations": words
        // quoted in French guillemets are an aside, not counted.
        let mut quoted = false;
        for (i, item) in self.items[..c].iter().enumerate().rev() {
            match &item.kind {
                ItemKind::Punct('»') => quoted = true,
                ItemKind::Punct('«') => quoted = false,
                ItemKind::Word if quoted => {}
                ItemKind::Marker(k) if *k == kind => return Some(i),
                ItemKind::Marker(k) if k.starts_clause() => return None,
                // "ending Chad's defence partnership": a possessor is part
                // of the cue's noun phrase.
                ItemKind::Actors(_) if possessive(self.items, i, self.norm) => {}
                ItemKind::Actors(_) => return None,
                ItemKind::Punct(p) if is_clause_end(*p) || *p == ',' => return None,
                ItemKind::Punct(_) => {}
                // "paused $700 million in emergency economic aid": an
                // amount is one word, however it is written.
                ItemKind::Word if self.numeric(item) => {}
                _ => {
                    words += 1;
                    if words > MODIFIER_REACH {
                        return None;
                    }
                }
            }
        }
        None
    }

    /// "Les trois pays de l'AES": the states a plural description stands
    /// for are members of the organisation that complements it.
    fn described_members(&mut self, norm: &NormalizedText) {
        // Most sentences have no resolved description: one cheap pass.
        if !self.items.iter().any(|it| it.described) {
            return;
        }
        for i in 0..self.items.len() {
            let Some(d) = self.complement_of_plural(i) else {
                continue;
            };
            let (ItemKind::Actors(states), ItemKind::Actors(orgs)) =
                (&self.items[d].kind, &self.items[i].kind)
            else {
                continue;
            };
            let span = self.items[d].folded;
            let cue = norm.original_span(span.start, span.end);
            for &m in states {
                for &o in orgs {
                    let triple = Triple::new(m, RelationKind::Membership, o);
                    if m != o && !self.out.drawn.iter().any(|x| x.triple == triple) {
                        self.out.drawn.push(Drawn {
                            triple,
                            cue,
                            rule: "the states of an organisation, described",
                        });
                    }
                }
            }
        }
    }

    /// For an organisation at `i` that complements a plural description
    /// ("les pays de l'AES", "the member states of ECOWAS"), the
    /// description's index.
    fn complement_of_plural(&self, i: usize) -> Option<usize> {
        let items = self.items;
        let ItemKind::Actors(a) = &items[i].kind else {
            return None;
        };
        let organisation = a
            .first()
            .is_some_and(|a| self.rules.kinds[a.index()] == ActorKind::Organisation);
        if !organisation {
            return None;
        }
        // Over "de", "de l'", "of the".
        let (d, words) = before_words(items, i, 2)?;
        if words == 0 {
            return None;
        }
        let plural = match &items[d].kind {
            ItemKind::Description { plural, .. } => *plural,
            ItemKind::Actors(a) => items[d].described && a.len() > 1,
            _ => false,
        };
        plural.then_some(d)
    }

    /// Whether the organisation `arg` after the membership cue at `c` only
    /// owns the cue's object: "joined the African Union's peace mission",
    /// "a rejoint la mission de paix de l'UA" (a noun, then "de" / "of").
    /// Joining a body's mission, force or summit makes no member of it.
    fn owned_by_object(&self, c: usize, arg: &Arg) -> bool {
        // An antecedent before the cue ("the AU, which Morocco rejoined")
        // is what is joined itself.
        let Some(between) = self.items.get(c + 1..arg.start) else {
            return false;
        };
        let genitive = |it: &Item| self.word_in(it, &self.rules.genitives);
        // "réadmis au sein de l'UA": a noun after a preposition ("au
        // sein de") is a locution, not what is joined.
        let noun_then_genitive = between.iter().rposition(genitive).is_some_and(|g| {
            between[..g]
                .iter()
                .any(|it| it.kind == ItemKind::Word && !genitive(it))
                && !between[..g]
                    .iter()
                    .any(|it| it.kind == ItemKind::Marker(MarkerKind::Recipient))
        });
        noun_then_genitive || possessive(self.items, arg.end - 1, self.norm)
    }

    /// Whether the rupture word at `c` is followed closely by an alliance or
    /// membership cue that it turns into a tension.
    fn modifies_cue(&self, c: usize) -> bool {
        let mut words = 0;
        for item in &self.items[c + 1..] {
            match &item.kind {
                ItemKind::Cue(k, f) => return ended_by_rupture(*k, *f),
                ItemKind::Marker(k) if k.starts_clause() => return false,
                ItemKind::Actors(_) => return false,
                ItemKind::Punct(p) if is_clause_end(*p) || *p == ',' => return false,
                _ => {
                    words += 1;
                    if words > MODIFIER_REACH {
                        return false;
                    }
                }
            }
        }
        false
    }

    /// Whether the cue at `c` follows a joiner, at most two words after it
    /// ("et réclamé", "and later cancelled", "et dénoncé l'accord"), elided
    /// articles not counted.
    fn follows_joiner(&self, c: usize) -> bool {
        let before = self.items[..c].iter().rev();
        for item in before.filter(|it| it.kind != ItemKind::Punct('\'')).take(3) {
            match item.kind {
                ItemKind::Marker(
                    MarkerKind::Joiner | MarkerKind::Conjunction | MarkerKind::Contrast,
                ) => return true,
                // "and cancelled an agreement with": the rupture verb that
                // ends the cue is part of the same predicate.
                ItemKind::Word | ItemKind::Marker(MarkerKind::Auxiliary | MarkerKind::Rupture) => {}
                _ => return false,
            }
        }
        false
    }

    /// Whether the cue at `c` opens a clause right after a comma and is no
    /// noun with its genitive ("Daglo, accusing his fighters", not "le
    /// Mali, allié de Moscou").
    /// A comma that closes a relative clause is followed by the main verb
    /// ("Mali, which Russia backs, criticised France").
    fn participle_after_comma(&self, c: usize) -> bool {
        c > 0
            && self.items[c - 1].kind == ItemKind::Punct(',')
            && !self
                .items
                .get(c + 1)
                .is_some_and(|it| self.word_in(it, &self.rules.genitives))
            && !self
                .relative_clause_start(c - 1)
                .is_some_and(|r| self.items[r].kind == ItemKind::Marker(MarkerKind::Relative))
    }

    /// Whether the cue at `c` follows a gerund word at once ("en rompant").
    fn after_gerund(&self, c: usize) -> bool {
        c > 0 && self.word_in(&self.items[c - 1], &self.rules.gerunds)
    }

    /// The first actor list of the clause that holds item `c`, unless a
    /// recipient or place marker introduces it: the clause's subject.
    fn clause_subject(&self, c: usize) -> Option<Arg> {
        let start = self.items[..c]
            .iter()
            .rposition(|it| match it.kind {
                ItemKind::Marker(k) => k.starts_clause(),
                ItemKind::Punct(p) => is_clause_end(p) || p == ':',
                _ => false,
            })
            .map_or(0, |i| i + 1);
        let j = (start..c).find(|&j| matches!(self.items[j].kind, ItemKind::Actors(_)))?;
        let introduced = j > 0
            && matches!(
                self.items[j - 1].kind,
                ItemKind::Marker(MarkerKind::Recipient | MarkerKind::Agent)
            );
        (!introduced && self.items[j].place.is_none()).then(|| self.list_right(j))
    }

    /// Whether the cue at `c` is a verb right after a time word, an
    /// auxiliary between or not ("after accusing", "après avoir accusé").
    fn after_time_word(&self, c: usize) -> bool {
        let mut before = self.items[..c].iter().rev();
        let mut item = before.next();
        if item.is_some_and(|it| it.kind == ItemKind::Marker(MarkerKind::Auxiliary)) {
            item = before.next();
        }
        item.is_some_and(|it| self.word_in(it, &self.rules.times))
    }

    /// The recipient marker ("avec", "with", "au") right before the cue at
    /// `c`, with at most its determiner between ("avec l'appui",
    /// "grâce au soutien", "with Russian backing").
    fn after_recipient(&self, c: usize) -> Option<usize> {
        before_words(self.items, c, 2)
            .map(|(at, _)| at)
            .filter(|&at| self.items[at].kind == ItemKind::Marker(MarkerKind::Recipient))
    }

    /// Whether the cue at `c` is a noun in a time adverbial whose
    /// complements are its sides: a time word, one or two words ("le",
    /// "the abrupt"), the cue, then a force ("le départ des troupes
    /// françaises", "the withdrawal of French troops") or two complements
    /// ("le retrait du Mali de la CEDEAO"), with no possessive before them
    /// ("le départ forcé de ses soldats" is the subject's deed). A state or
    /// organisation alone is no such event: "la CEDEAO compte douze membres
    /// après le départ du Niger" leaves the subject.
    fn in_time_adverbial(&self, c: usize, right: Option<&Arg>, kind: RelationKind) -> bool {
        let Some(right) = right.filter(|r| !r.agent && !r.between) else {
            return false;
        };
        // The time word first: it is rare, the complements' test is not cheap.
        let mut words = 0;
        let mut after_time_word = false;
        for (i, it) in self.items[..c].iter().enumerate().rev() {
            match it.kind {
                ItemKind::Punct('\'') => continue,
                // "subit depuis 2022 les attaques du JNIM": a time word
                // with its date is an adverbial of its own.
                ItemKind::Word if self.rules.times.contains(self.text(it)) => {
                    let dated = self.items.get(i + 1).is_some_and(|next| self.numeric(next));
                    after_time_word = words > 0 && !dated;
                    break;
                }
                ItemKind::Word if words < 2 => words += 1,
                _ => break,
            }
        }
        after_time_word
            && !self.items[c..right.start]
                .iter()
                .any(|it| self.word_in(it, &self.rules.possessives))
            && (self.is_force(right) || self.right_arg(right.end, kind).is_some())
    }

    /// Whether the support cue at `c` is a sending noun (class `sending`)
    /// whose genitive complement is a force ("discussed the deployment of a
    /// Hungarian military mission", "a salué l'envoi de soldats rwandais"):
    /// the force's state gives, to whoever the next complement names; the
    /// verb's subject is no side. Not after a possessive ("le déploiement
    /// de ses instructeurs", the subject's own), nor for other nouns, whose
    /// complement receives ("la formation de forces spéciales maliennes").
    fn sending_of_force(&self, c: usize, right: Option<&Arg>) -> bool {
        let Some(right) = right.filter(|r| !r.agent && !r.between) else {
            return false;
        };
        let noun = c > 0
            && matches!(
                self.items[c - 1].kind,
                ItemKind::Word | ItemKind::Punct('\'')
            )
            && self.rules.sendings.contains(self.text(&self.items[c]));
        let of = self
            .items
            .get(c + 1)
            .is_some_and(|it| self.word_in(it, &self.rules.genitives));
        noun && of
            && right.start <= c + 3
            && !self.items[c..right.start]
                .iter()
                .any(|it| self.word_in(it, &self.rules.possessives))
            && self.is_force(right)
    }

    /// The subject of a sentence that opens with the cue's clause ("En
    /// s'alliant avec Moscou, le Mali...", "After kicking out French troops,
    /// the junta..."): the first actor after the comma that closes it.
    fn participial_subject(
        &self,
        c: usize,
        kind: RelationKind,
        right: Option<&Arg>,
    ) -> Option<Arg> {
        let opening = self.items[..c]
            .iter()
            .filter(|it| !matches!(it.kind, ItemKind::Punct(_)))
            .count();
        // "Les trois pays, qui forment l'AES, ont quitté la CEDEAO": a
        // relative clause has its antecedent, known or not, for subject.
        if opening > 3
            || self.items[..c]
                .iter()
                .any(|it| it.kind == ItemKind::Marker(MarkerKind::Relative))
        {
            return None;
        }
        let mut from = right.map_or(c + 1, |r| r.end);
        // "la création de l'AES par le Mali, le Burkina Faso et le Niger": a
        // comma inside the agents' list opens no clause.
        if let Some(agents) = self.right_arg(from, kind).filter(|a| a.agent) {
            from = agents.end;
        }
        let next_comma = |from: usize| {
            self.items
                .get(from..)?
                .iter()
                .position(|it| it.kind == ItemKind::Punct(','))
                .map(|at| from + at)
        };
        let mut comma = next_comma(from)?;
        // "Fidèle alliée de Paris, qui y dispose d'une base, la Côte
        // d'Ivoire ...": a relative clause on the complement comes first.
        if self
            .items
            .get(comma + 1)
            .is_some_and(|it| it.kind == ItemKind::Marker(MarkerKind::Relative))
        {
            comma = next_comma(comma + 1)?;
        }
        let mut words = 0;
        for (j, item) in self.items.iter().enumerate().skip(comma + 1) {
            match item.kind {
                ItemKind::Actors(_) => return Some(self.list_right(j)),
                // "l'armée malienne"
                ItemKind::Punct('\'') => {}
                ItemKind::Punct(_) => return None,
                // "backed by France, which ..., and by the EU": a
                // coordinated complement, no subject.
                ItemKind::Marker(k) if k != MarkerKind::Stopword => return None,
                _ => {
                    words += 1;
                    if words > 3 {
                        return None;
                    }
                }
            }
        }
        None
    }

    /// The actor list before the cue at `c`, in its clause. With
    /// `founders`, organisations are skipped: the founders of an
    /// organisation are states ("membres de l'organisation ayant annoncé
    /// leur départ afin de fonder l'AES"). `passive` says the cue has an
    /// agent ("supplied by Turkey"): its subject is then the receiver, and
    /// may sit behind a receiving verb ("took delivery of drones supplied by").
    fn left_arg(&self, c: usize, frame: Frame, passive: bool) -> Option<Arg> {
        let founders = frame == Frame::Founded && !passive;
        let items = self.items;
        // "des militaires français resteront en Côte d'Ivoire pour former
        // les soldats ivoiriens", "Wagner's presence in Mali worries
        // Algeria": an actor after a place preposition is where, not who.
        let located = |i: usize| i > 0 && self.word_in(&items[i - 1], &self.rules.locations);
        // "Rwanda has been accused by Kinshasa of backing the M23", "la
        // junte, soutenue par Moscou, attaque": the agent of a passive
        // before the cue is that verb's, not the cue's subject.
        let agent = |i: usize| {
            before_words(items, i, 1)
                .is_some_and(|(at, _)| items[at].kind == ItemKind::Marker(MarkerKind::Agent))
        };
        let usable = |i: usize| match &items[i].kind {
            ItemKind::Actors(a) => {
                !located(i)
                    && !agent(i)
                    && (!founders
                        || a.iter()
                            .any(|x| self.rules.kinds[x.index()] != ActorKind::Organisation))
            }
            _ => false,
        };
        let mut words = 0;
        let mut comma = false;
        let mut i = c;
        while i > 0 {
            i -= 1;
            match &items[i].kind {
                ItemKind::Actors(_) if usable(i) => {
                    // "Les trois pays de l'AES ont quitté la CEDEAO": the
                    // organisation is the description's complement; the
                    // states described are the subject, if known.
                    if let Some(d) = self.complement_of_plural(i) {
                        return matches!(items[d].kind, ItemKind::Actors(_))
                            .then(|| self.list_left(d));
                    }
                    // "Mali and its partners in the AES recalled": the
                    // organisation is where the subject belongs, when one
                    // stands before.
                    if let Some((m, _)) = before_words(items, i, 2)
                        && matches!(
                            items[m].kind,
                            ItemKind::Cue(RelationKind::Membership, Frame::MemberOf)
                        )
                        && let Some(arg) = self.left_arg(m, frame, passive)
                    {
                        return Some(arg);
                    }
                    // "Les trois pays, qui ont rompu avec la France, se sont
                    // rapprochés de la Russie": an actor inside a relative
                    // clause that a comma closes is not the subject; its
                    // antecedent is, further left.
                    if comma && let Some(b) = self.relative_clause_start(i) {
                        i = b;
                        continue;
                    }
                    // "Chad, a longtime ally of France, criticised ...": an
                    // apposition between commas describes the actor before it.
                    if comma && let Some(head) = self.apposition_head(i) {
                        return Some(self.list_left(head));
                    }
                    return Some(self.list_left(i));
                }
                // "le Jnim, lié à al-Qaïda, impose ...": a short apposition
                // closed by this comma describes the name before it, which
                // is the subject; the walk resumes there.
                ItemKind::Punct(',') if !comma && let Some(head) = self.apposition_before(i) => {
                    i = head + 1;
                }
                ItemKind::Punct(',') => comma = true,
                // ", and it has spread...": a new clause begins.
                ItemKind::Marker(MarkerKind::Conjunction)
                    if i > 0 && items[i - 1].kind == ItemKind::Punct(',') =>
                {
                    return None;
                }
                // "Mali, Burkina Faso and Niger, where the insurgency began,
                // left ECOWAS": so does a subordinate clause between commas.
                ItemKind::Marker(MarkerKind::Boundary)
                    if comma && i > 0 && items[i - 1].kind == ItemKind::Punct(',') =>
                {
                    i -= 1;
                }
                ItemKind::Marker(MarkerKind::Boundary | MarkerKind::Contrast) => return None,
                ItemKind::Marker(MarkerKind::Relative) => {
                    // "l'AES, qui regroupe": the antecedent is the subject;
                    // so is a name qualifying the noun before the pronoun
                    // ("the ECOWAS summit that threatened Niger").
                    if self.words_between(i, c) <= 2 || self.dated_between(i, c) {
                        let mut j = i;
                        let mut head = false;
                        while j > 0 {
                            j -= 1;
                            match &items[j].kind {
                                ItemKind::Punct(',' | '(' | ')' | '-') => continue,
                                ItemKind::Word if !head && j + 1 == i => {
                                    head = true;
                                    continue;
                                }
                                ItemKind::Actors(_) => {
                                    let mut arg = self.list_left(j);
                                    // "tension between France and the regime,
                                    // which ...": the relative clause belongs
                                    // to the nearest side only.
                                    if arg.between {
                                        arg.actors = actors_of(&items[j]);
                                        arg.between = false;
                                    }
                                    return Some(arg);
                                }
                                _ => break,
                            }
                        }
                        // "le FPL, un groupe armé qui combat la junte": the
                        // antecedent is an apposition to a name.
                        if let Some(head) = self.apposition_before(i) {
                            return Some(self.list_left(head));
                        }
                    }
                    // "Burkina Faso, which seized power in 2022, has
                    // expelled": a relative clause between commas, with the
                    // cue past its closing one, describes the subject before
                    // its opening one.
                    if comma && i > 0 && items[i - 1].kind == ItemKind::Punct(',') {
                        i -= 1;
                        continue;
                    }
                    return None;
                }
                ItemKind::Punct(p) if is_clause_end(*p) || *p == ':' => return None,
                // "Le Mali reçoit un appui russe": the receiver is not the
                // giver of the support named in its object.
                ItemKind::Cue(_, Frame::Receive | Frame::Beside)
                    if frame == Frame::Active && !passive =>
                {
                    return None;
                }
                ItemKind::Punct(_) => {}
                ItemKind::Actors(_)
                | ItemKind::Cue(..)
                | ItemKind::Marker(_)
                | ItemKind::Word
                | ItemKind::Description { .. } => {
                    words += 1;
                    if words > LEFT_REACH {
                        return None;
                    }
                }
            }
        }
        None
    }

    /// The actor list after item `from`, in the clause of a cue of `kind`.
    /// A cue of the same kind may stand between ("compter sur des moyens
    /// fournis par X"); one of another kind ends the search.
    fn right_arg(&self, from: usize, kind: RelationKind) -> Option<Arg> {
        let items = self.items;
        let mut words = 0;
        let (mut agent, mut between, mut blocked) = (false, false, None);
        let mut comma = false;
        // The cue's place of arrival or of an envoy's post may be named by
        // its capital ("arrivés à Bamako", "son ambassadeur à Alger").
        let capital_is_host = from > 0
            && match items[from - 1].kind {
                ItemKind::Cue(_, Frame::Arrival) => true,
                ItemKind::Cue(RelationKind::Tension, _) => self.has_title(&items[from - 1]),
                _ => false,
            };
        let mut i = from;
        while i < items.len() {
            match &items[i].kind {
                ItemKind::Actors(a) => {
                    let mut arg = self.list_right(i);
                    // "...leaving the body, Burkina Faso and Mali have pulled
                    // out": past a comma, a list followed by a verb cue is
                    // that verb's subject, not this cue's object.
                    if comma && self.verb_follows(arg.end) {
                        return None;
                    }
                    // "sent two shipments of weapons, a move Addis Ababa
                    // views with suspicion", "signed a memorandum with the
                    // breakaway region, offering it access": past a comma
                    // that follows the cue's own object, a name is its
                    // complement only after a preposition ("delivered
                    // weapons, including drones, to Mali") or as the
                    // apposition right after the comma ("an attack in
                    // Bamako, Mali's capital").
                    if comma
                        && self.object_before_comma(from)
                        && !self.apposed_at_comma(i)
                        && !self.introduced(i)
                    {
                        return None;
                    }
                    // "signed a mutual defence pact, the Alliance of Sahel
                    // States": an organisation set after the cue's comma
                    // names what the cue names.
                    if items
                        .get(from)
                        .is_some_and(|it| it.kind == ItemKind::Punct(','))
                        && i <= from + 2
                        && self.all_are(a, ActorKind::Organisation)
                    {
                        blocked = Some(Rejection::Naming);
                    }
                    arg.agent = agent;
                    arg.between = between;
                    arg.blocked = blocked;
                    return Some(arg);
                }
                ItemKind::Marker(k) if k.starts_clause() || *k == MarkerKind::Rupture => {
                    return None;
                }
                // "supports the three juntas, and its Africa Corps...": a new
                // clause begins.
                ItemKind::Marker(MarkerKind::Conjunction)
                    if i > from && items[i - 1].kind == ItemKind::Punct(',') =>
                {
                    return None;
                }
                // "secondé par ses alliés de l'AES": a cue right after an
                // agent marker is the agent's noun, not a new predicate.
                // "finance la force conjointe du G5 Sahel", "funds joint
                // patrols with Mauritania": an alliance noun right after a
                // support verb is what is given, and its complement receives.
                ItemKind::Cue(RelationKind::Alliance, _)
                    if kind == RelationKind::Support
                        && i - from <= 2
                        && items[from..i].iter().all(|it| {
                            matches!(
                                it.kind,
                                ItemKind::Word | ItemKind::Marker(MarkerKind::Stopword)
                            )
                        }) =>
                {
                    words += 1;
                }
                // "condamne l'attaque du JNIM", "condemned the JNIM attack":
                // what a condemning verb condemns is a deed, and its author
                // is the verb's other side.
                ItemKind::Cue(k, _) if *k != kind && !self.after_agent(i) => {
                    return (kind == RelationKind::Tension && i <= from + 2)
                        .then(|| self.author_of_deed(i, from))
                        .flatten();
                }
                ItemKind::Marker(MarkerKind::Agent) => agent = true,
                ItemKind::Marker(MarkerKind::Recipient) => agent = false,
                ItemKind::Marker(MarkerKind::Between) => between = true,
                ItemKind::Marker(MarkerKind::Substitution) => {
                    blocked = Some(Rejection::Substitution)
                }
                ItemKind::Marker(MarkerKind::Naming) => blocked = Some(Rejection::Naming),
                // "une alliance contre le JNIM": the side it is aimed at is
                // no partner, nor the receiver of support.
                ItemKind::Marker(MarkerKind::Opponent)
                    if matches!(kind, RelationKind::Alliance | RelationKind::Support) =>
                {
                    return None;
                }
                // "achemine du carburant à Bamako": a capital that receives
                // support is its state, though named as a place; so is the
                // post of an envoy, right after its preposition ("a rappelé
                // son ambassadeur à Bamako", "its ambassador in Algiers").
                ItemKind::Word
                    if items[i].place.is_some()
                        && !agent
                        && (kind == RelationKind::Support
                            && items[i - 1].kind == ItemKind::Marker(MarkerKind::Recipient)
                            || capital_is_host && i == from + 1) =>
                {
                    return Some(Arg {
                        actors: items[i].place.into_iter().collect(),
                        end: i + 1,
                        blocked,
                        ..Arg::default()
                    });
                }
                ItemKind::Punct(p) if is_clause_end(*p) => return None,
                ItemKind::Punct(',') => comma = true,
                ItemKind::Punct(_) => {}
                // "accusing the bloc of serving France", "supports the
                // juntas through its Africa Corps": a description left
                // unresolved is the object, and the actor after it no side,
                // unless it names the description ("the authorities in
                // Mali").
                ItemKind::Description { .. } if !self.named_after(i) => return None,
                // "reinforces its border after deadly JNIM raids": a time
                // word after the object opens an adverbial; after an aside
                // only ("affronte pour sa part depuis des années le JNIM"),
                // it opens the adverbial before the object.
                ItemKind::Word
                    if self.rules.times.contains(self.text(&items[i]))
                        && items[from..i]
                            .iter()
                            .any(|it| it.kind != ItemKind::Marker(MarkerKind::Ignore)) =>
                {
                    return None;
                }
                ItemKind::Cue(..)
                | ItemKind::Marker(_)
                | ItemKind::Word
                | ItemKind::Description { .. } => {
                    words += 1;
                    if words > RIGHT_REACH {
                        return None;
                    }
                }
            }
            i += 1;
        }
        None
    }

    /// The states and groups named right before a copula ("are", "sont")
    /// and at most three more words that lead to item `at`: "Botswana and
    /// Angola are [among the other] SADC members".
    fn subject_before_copula(&self, at: usize) -> Vec<ActorId> {
        let items = self.items;
        let mut copula = false;
        let mut words = 0;
        for j in (0..at).rev() {
            match &items[j].kind {
                ItemKind::Marker(MarkerKind::Auxiliary) => copula = true,
                ItemKind::Word | ItemKind::Marker(MarkerKind::Stopword) if words < 3 => words += 1,
                ItemKind::Actors(_) if copula => {
                    let list = self.list_left(j).actors;
                    return if list
                        .iter()
                        .any(|a| self.rules.kinds[a.index()] == ActorKind::Organisation)
                    {
                        Vec::new()
                    } else {
                        list
                    };
                }
                _ => return Vec::new(),
            }
        }
        Vec::new()
    }

    /// Whether a word other than a function word stands between item
    /// `from` and the first comma after it: the cue has its object there.
    fn object_before_comma(&self, from: usize) -> bool {
        self.items[from..]
            .iter()
            .take_while(|it| it.kind != ItemKind::Punct(','))
            .any(|it| {
                it.kind == ItemKind::Word && !self.rules.stopwords.contains_key(self.text(it))
            })
    }

    /// For a tie at `c` whose subject `l` is a possessor right before it,
    /// two words at most between ("Israel's closest ally"), set off by a
    /// comma after a name ("Washington, Israel's closest ally"): that name.
    fn possessed_tie_head(&self, c: usize, l: &Arg) -> Option<Vec<ActorId>> {
        let items = self.items;
        let owner = l.end.checked_sub(1)?;
        let between = items.get(l.end + 2..c)?;
        let close = possessive(items, owner, self.norm)
            && between.len() <= 2
            && between.iter().all(|it| it.kind == ItemKind::Word);
        let comma = l.start.checked_sub(1)?;
        (close && items[comma].kind == ItemKind::Punct(','))
            .then(|| self.name_before(comma))
            .flatten()
            .map(|head| self.list_left(head).actors)
            .filter(|head| !head.iter().any(|a| l.actors.contains(a)))
    }

    /// Whether every actor of `actors` is of `kind`.
    fn all_are(&self, actors: &[ActorId], kind: ActorKind) -> bool {
        actors.iter().all(|a| self.rules.kinds[a.index()] == kind)
    }

    /// Whether the cue at `c` opens a relative clause set off by a comma
    /// after `l` ("Moscow, which sent", "la Russie, qui a envoyé"): the
    /// relative pronoun and at most two words (auxiliaries, adverbs)
    /// before the cue.
    fn relative_antecedent_of(&self, c: usize, l: &Arg) -> bool {
        let items = self.items;
        let Some(r) = (l.end..c).find(|&j| items[j].kind == ItemKind::Marker(MarkerKind::Relative))
        else {
            return false;
        };
        // "which" may be an object too ("the AU, which Morocco rejoined"),
        // but then its subject stands before the cue.
        r == l.end + 1
            && items[l.end].kind == ItemKind::Punct(',')
            && items[r + 1..c].len() <= 2
            && items[r + 1..c].iter().all(|it| {
                matches!(
                    it.kind,
                    ItemKind::Word | ItemKind::Marker(MarkerKind::Auxiliary)
                )
            })
    }

    /// Whether the actor item at `i` opens the segment after a comma,
    /// function words aside ("Bamako, Mali's capital", "..., the Patriotic
    /// Liberation Front").
    fn apposed_at_comma(&self, i: usize) -> bool {
        self.items[..i]
            .iter()
            .rev()
            .find(|it| {
                !(it.kind == ItemKind::Word && self.rules.stopwords.contains_key(self.text(it)))
            })
            .is_some_and(|it| it.kind == ItemKind::Punct(','))
    }

    /// Whether a recipient, agent, "between" or joiner marker, or a
    /// genitive, introduces the actor item at `i`, a determiner aside ("to
    /// Mali", "au Mali", "by the US", "du JNIM", "including Nigeria").
    fn introduced(&self, i: usize) -> bool {
        // "du président Déby", "by President Tinubu": a person's title
        // may stand between.
        let reach = if self.items[i].person { 3 } else { 2 };
        self.items[..i]
            .iter()
            .rev()
            .take(reach)
            .skip(usize::from(
                self.items[i].person && i > 0 && self.items[i - 1].kind == ItemKind::Word,
            ))
            .find(|it| {
                !(it.kind == ItemKind::Word
                    && self.rules.stopwords.contains_key(self.text(it))
                    && !self.word_in(it, &self.rules.genitives))
                    && it.kind != ItemKind::Punct('\'')
            })
            .is_some_and(|it| {
                matches!(
                    it.kind,
                    ItemKind::Marker(
                        MarkerKind::Recipient
                            | MarkerKind::Agent
                            | MarkerKind::Between
                            | MarkerKind::Joiner
                    )
                ) || self.word_in(it, &self.rules.genitives)
            })
    }

    /// Whether an actor follows item `i` at once or after one word ("the
    /// authorities in Mali", "la junte au pouvoir à Niamey" does not).
    fn named_after(&self, i: usize) -> bool {
        let actor = |j: usize| {
            self.items
                .get(j)
                .is_some_and(|it| matches!(it.kind, ItemKind::Actors(_)))
        };
        actor(i + 1)
            || self
                .items
                .get(i + 1)
                .is_some_and(|it| it.kind == ItemKind::Word)
                && actor(i + 2)
    }

    /// The coordinated list that ends with the actor item at `i`. Walking
    /// left, the first separator must hold a joiner ("le Burkina Faso et le
    /// Niger"): a comma alone is an apposition or a new clause ("l'Algérie,
    /// Bamako renforce...").
    fn list_left(&self, i: usize) -> Arg {
        let mut actors = actors_of(&self.items[i]);
        let mut k = i;
        let mut first = true;
        while let Some((j, joiner)) = separator(self.items, k, false) {
            let clause = first
                && starts_clause(self.items, j + 1..k, k)
                && separator(self.items, j, false).is_none();
            // "Les trois pays de l'AES, le Mali, ...": the description's
            // complement is no item of the list apposed to it.
            if (first && !joiner) || clause || self.complement_of_plural(j).is_some() {
                break;
            }
            first = false;
            let mut before = actors_of(&self.items[j]);
            before.append(&mut actors);
            actors = before;
            k = j;
        }
        dedup(&mut actors);
        let between = self.between_before(k);
        let item = &self.items[i];
        Arg {
            actors,
            end: i + 1,
            start: i,
            between,
            named: !item.described,
            ..Arg::default()
        }
    }

    /// The coordinated list that starts with the actor item at `i`.
    fn list_right(&self, i: usize) -> Arg {
        let (actors, end) = list_from(self.items, i);
        let item = &self.items[i];
        Arg {
            actors,
            end,
            start: i,
            person: item.person,
            named: !item.described,
            ..Arg::default()
        }
    }

    /// Whether a marker of `kind` opens the list at item `start`, with at
    /// most a determiner between ("avec le Niger").
    fn after_marker(&self, start: usize, kind: MarkerKind) -> bool {
        self.items[..start]
            .iter()
            .rev()
            .take(2)
            .find(|it| it.kind != ItemKind::Word)
            .is_some_and(|it| it.kind == ItemKind::Marker(kind))
    }

    /// "Niger left ECOWAS together with Mali and Burkina Faso", "a quitté
    /// la CEDEAO en janvier avec le Mali": states joined to the organisation
    /// a rupture leaves, by a joiner or a recipient marker ("avec", "with")
    /// with no comma before it, leave with the subject. After a comma they
    /// are the organisation's own ("ECOWAS, including Nigeria"), and so is
    /// anything but states. Returns the organisation alone and the
    /// companions.
    fn leaving_companions(&self, right: Arg) -> (Arg, Vec<ActorId>) {
        let items = self.items;
        let ItemKind::Actors(left) = &items[right.start].kind else {
            return (right, Vec::new());
        };
        if !self.all_are(left, ActorKind::Organisation) {
            return (right, Vec::new());
        }
        // Past the name, its acronym in brackets and a few words ("in
        // January").
        let mut j = right.start + 1;
        let mut words = 0;
        while let Some(it) = items.get(j) {
            match &it.kind {
                ItemKind::Actors(a) if a == left => {}
                ItemKind::Punct('(' | ')') => {}
                ItemKind::Word if words < LIST_GAP => words += 1,
                _ => break,
            }
            j += 1;
        }
        if !items.get(j).is_some_and(|it| {
            matches!(
                it.kind,
                ItemKind::Marker(MarkerKind::Joiner | MarkerKind::Recipient)
            )
        }) {
            return (right, Vec::new());
        }
        let Some(first) = (j + 1..items.len())
            .take(LIST_GAP + 1)
            .take_while(|&k| matches!(items[k].kind, ItemKind::Word | ItemKind::Actors(_)))
            .find(|&k| matches!(items[k].kind, ItemKind::Actors(_)))
        else {
            return (right, Vec::new());
        };
        let companions = self.list_right(first).actors;
        if companions.is_empty() || !self.all_are(&companions, ActorKind::State) {
            return (right, Vec::new());
        }
        let organisation = Arg {
            actors: left.clone(),
            end: j,
            ..right
        };
        (organisation, companions)
    }

    /// Whether `arg` follows the cue at `c` as its direct object, with only
    /// plain words (articles) between: "a reçu le ministre", not "received
    /// support from the president".
    fn direct_object(&self, c: usize, arg: &Arg) -> bool {
        // "a reçu à plusieurs reprises des émissaires de Niamey": an
        // adverbial with its preposition may stand between.
        self.items.get(c + 1..arg.start).is_some_and(|between| {
            between.iter().all(|it| {
                matches!(
                    it.kind,
                    ItemKind::Word
                        | ItemKind::Punct('\'')
                        | ItemKind::Marker(MarkerKind::Recipient)
                )
            })
        })
    }

    /// Whether the actor item at `i` names a person by a title: its own
    /// words ("le ministre russe"), the word before it, with at most one
    /// word between ("l'ambassadeur de Russie", "the envoy of Russia"), or
    /// a possessed title after it ("Mali's foreign minister").
    fn titled(&self, i: usize) -> bool {
        if self.has_title(&self.items[i]) {
            return true;
        }
        let before = &self.items[i.saturating_sub(2)..i];
        if before.iter().all(|it| it.kind == ItemKind::Word)
            && before.first().is_some_and(|it| self.has_title(it))
        {
            return true;
        }
        // "Mali's foreign minister", "Russia's deputy defence minister".
        possessive(self.items, i, self.norm)
            && self.items[i + 3..]
                .iter()
                .take(3)
                .take_while(|it| it.kind == ItemKind::Word)
                .any(|it| self.has_title(it))
    }

    /// Whether the words of `item` hold a person's title ("ministre",
    /// "ambassador").
    fn has_title(&self, item: &Item) -> bool {
        self.words_of(item).any(|w| self.rules.titles.contains(w))
    }

    /// Whether `item` is a number or a date ("2022", "15").
    fn numeric(&self, item: &Item) -> bool {
        self.text(item).starts_with(|ch: char| ch.is_ascii_digit())
    }

    /// The folded text of `item`.
    fn text(&self, item: &Item) -> &str {
        &self.norm.as_str()[item.folded.range()]
    }

    /// Whether `item` is a plain word of `set` (a word-set marker class:
    /// genitives, time words, possessives).
    fn word_in(&self, item: &Item, set: &FxHashSet<String>) -> bool {
        item.kind == ItemKind::Word && set.contains(self.text(item))
    }

    /// The folded words of `item`.
    fn words_of<'s>(&'s self, item: &Item) -> impl Iterator<Item = &'s str> {
        self.norm.as_str()[item.folded.range()]
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
    }

    /// Whether "entre" or "between" introduces the list starting at item
    /// `at`, over a few words ("entre les pays de l'AES et la CEDEAO").
    fn between_before(&self, at: usize) -> bool {
        let mut words = 0;
        for item in self.items[..at].iter().rev() {
            match item.kind {
                ItemKind::Marker(MarkerKind::Between) => return true,
                ItemKind::Punct('\'') => {}
                ItemKind::Word | ItemKind::Marker(MarkerKind::Recipient | MarkerKind::Place)
                    if words < LIST_GAP + 1 =>
                {
                    words += 1
                }
                _ => return false,
            }
        }
        false
    }

    /// If item `at` sits in a comma-delimited segment that directly follows
    /// an actor ("Burkina Faso, supported by Moscow, has ..."), that actor.
    fn apposition_head(&self, at: usize) -> Option<usize> {
        let items = self.items;
        let mut j = at;
        while j > 0 {
            j -= 1;
            match items[j].kind {
                // "le FLA, combattent ... l'armée malienne": a verb cue
                // right after the comma, with no agent or genitive after
                // it, is the name's predicate, no apposition to it.
                ItemKind::Punct(',')
                    if matches!(items.get(j + 1).map(|it| &it.kind), Some(ItemKind::Cue(..)))
                        && !items.get(j + 2).is_some_and(|it| {
                            it.kind == ItemKind::Marker(MarkerKind::Agent)
                                || self.word_in(it, &self.rules.genitives)
                        }) =>
                {
                    return None;
                }
                ItemKind::Punct(',') => return self.name_before(j),
                ItemKind::Punct(p) if is_clause_end(p) || p == ':' => return None,
                // Another actor or a conjunction: a list, not an apposition.
                ItemKind::Marker(k)
                    if k.starts_clause()
                        || matches!(k, MarkerKind::Joiner | MarkerKind::Conjunction) =>
                {
                    return None;
                }
                ItemKind::Actors(_) => return None,
                _ => {}
            }
        }
        None
    }

    /// For a subject right after an object relative pronoun set off by a
    /// comma ("the AU, which Morocco rejoined"; a determiner may stand
    /// between: "que le Mali"), the antecedent before the comma.
    fn object_antecedent(&self, subject: &Arg) -> Option<Arg> {
        let items = self.items;
        // From the list's first item: "dont le Mali, le Burkina Faso et le
        // Niger restent membres".
        let mut first = subject.start;
        while let Some((j, _)) = separator(items, first, false) {
            first = j;
        }
        let mut at = first.checked_sub(1)?;
        if items[at].kind == ItemKind::Punct('\'') {
            at = at.checked_sub(1)?;
        }
        if matches!(
            items[at].kind,
            ItemKind::Word | ItemKind::Marker(MarkerKind::Stopword)
        ) {
            at = at.checked_sub(1)?;
        }
        let pronoun = &items[at];
        if pronoun.kind != ItemKind::Marker(MarkerKind::Relative) || !pronoun.object {
            return None;
        }
        let comma = at.checked_sub(1)?;
        if items[comma].kind != ItemKind::Punct(',') {
            return None;
        }
        let head = self.name_before(comma)?;
        Some(self.list_left(head))
    }

    /// The actor item right before the comma at `comma`, a closing
    /// parenthesis aside ("le Cadre stratégique permanent (CSP),"): the head
    /// an apposition opened by that comma describes.
    fn name_before(&self, comma: usize) -> Option<usize> {
        let items = self.items;
        let head = items[..comma]
            .iter()
            .rposition(|it| it.kind != ItemKind::Punct(')'))?;
        if matches!(items[head].kind, ItemKind::Actors(_)) {
            return Some(head);
        }
        // "Nigeria's army, ...": the possessor names the subject.
        let owner = head.checked_sub(3)?;
        (items[head].kind == ItemKind::Word
            && matches!(items[owner].kind, ItemKind::Actors(_))
            && possessive(items, owner, self.norm))
        .then_some(owner)
    }

    /// "Niger-France : la rupture est consommée", "Russie-Mali : un
    /// partenariat renforcé": a sentence (a headline) that opens with two
    /// names joined by a hyphen, then a colon, is about that pair; a cue
    /// after the colon with no side of its own has them as sides.
    fn headline_pair(&self, c: usize) -> Option<(&[ActorId], &[ActorId])> {
        match self.items.get(..4)? {
            [a, dash, b, colon]
                if c > 3
                    && dash.kind == ItemKind::Punct('-')
                    && colon.kind == ItemKind::Punct(':') =>
            {
                match (&a.kind, &b.kind) {
                    (ItemKind::Actors(a), ItemKind::Actors(b)) => Some((a, b)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether a `tension:decline` cue follows the tie at `c` in its
    /// clause, with only the tie's complement and a few words between
    /// ("ties with Algeria have sharply deteriorated"), and no negation.
    fn declines_after(&self, c: usize) -> bool {
        let mut words = 0;
        for item in &self.items[c + 1..] {
            match item.kind {
                ItemKind::Cue(RelationKind::Tension, Frame::Decline) => return true,
                ItemKind::Actors(_) | ItemKind::Punct('\'') => {}
                ItemKind::Marker(k) if k.starts_clause() || k == MarkerKind::Negation => {
                    return false;
                }
                ItemKind::Word | ItemKind::Marker(_) => {
                    words += 1;
                    if words > MODIFIER_REACH + 2 {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    /// For a side introduced by "with" / "avec" after a tie noun, the tie's
    /// owner named just before: a possessor ("Niger's relations with") or
    /// a genitive ("les relations du Mali avec").
    fn tie_owner(&self, side: &Arg) -> Option<Vec<ActorId>> {
        let items = self.items;
        let (with, _) = before_words(items, side.start, 1)?;
        if items[with].kind != ItemKind::Marker(MarkerKind::Recipient) {
            return None;
        }
        let mut words = 0;
        for i in (0..with).rev() {
            match &items[i].kind {
                ItemKind::Actors(a) => return Some(a.clone()),
                ItemKind::Punct('\'') => {}
                ItemKind::Word | ItemKind::Marker(MarkerKind::Genitive | MarkerKind::Stopword)
                    if words < 3 =>
                {
                    words += 1;
                }
                _ => return None,
            }
        }
        None
    }

    /// The author of the deed noun at `at` (a cue): its genitive or agent
    /// right after it ("l'attaque du JNIM", "the attack by JNIM"), or a name
    /// right before it, after `from` ("the JNIM attack").
    fn author_of_deed(&self, at: usize, from: usize) -> Option<Arg> {
        let items = self.items;
        if at > from
            && let ItemKind::Actors(_) = items[at - 1].kind
        {
            return Some(self.list_left(at - 1));
        }
        let link = items.get(at + 1)?;
        let genitive = self.word_in(link, &self.rules.genitives)
            || link.kind == ItemKind::Marker(MarkerKind::Agent);
        if !genitive {
            return None;
        }
        let mut j = at + 2;
        if matches!(
            items.get(j)?.kind,
            ItemKind::Word | ItemKind::Marker(MarkerKind::Stopword)
        ) {
            j += 1;
        }
        if items.get(j)?.kind == ItemKind::Punct('\'') {
            j += 1;
        }
        matches!(items.get(j)?.kind, ItemKind::Actors(_)).then(|| self.list_right(j))
    }

    /// Whether the sentence is a headline (no final stop) that opens with
    /// two names and a comma, then only words up to the cue at `c`: "Mali,
    /// Algeria trade accusations", "Russia, Burkina sign nuclear deal".
    fn headline_subjects(&self, c: usize) -> bool {
        let items = self.items;
        let headline = !items
            .last()
            .is_some_and(|it| matches!(it.kind, ItemKind::Punct(p) if is_clause_end(p)));
        headline
            && matches!(
                items.get(..3),
                Some([a, comma, b])
                    if matches!(a.kind, ItemKind::Actors(_))
                        && comma.kind == ItemKind::Punct(',')
                        && matches!(b.kind, ItemKind::Actors(_))
            )
            && items[3..c]
                .iter()
                .all(|it| matches!(it.kind, ItemKind::Word | ItemKind::Marker(_)))
    }

    /// If `arg` follows "à" / "to" / "avec", its determiner between ("avec
    /// la Russie"), or is a description that starts with it ("au pays"),
    /// where the search for the verb's subject starts.
    fn indirect_object(&self, arg: &Arg) -> Option<usize> {
        let items = self.items;
        if let Some((at, _)) = before_words(items, arg.start, 1)
            && items[at].kind == ItemKind::Marker(MarkerKind::Recipient)
        {
            return Some(at);
        }
        let it = &items[arg.start];
        let first_word = self.words_of(it).next()?;
        (it.described && self.rules.recipients.contains(first_word)).then_some(arg.start)
    }

    /// If the comma at `close` ends an apposition that follows a name ("le
    /// Jnim, lié à al-Qaïda,"), the index of that name: at most
    /// [`APPOSITION_WORDS`] words back to the opening comma, with no actor,
    /// cue or clause marker between, except in a circumstance opened by a
    /// recipient marker ("Nigeria's army, with support from Chadian
    /// forces, launched"), whose actors are no subject.
    fn apposition_before(&self, close: usize) -> Option<usize> {
        let items = self.items;
        let mut words = 0;
        let (mut named, mut cue) = (false, false);
        for j in (0..close).rev() {
            match items[j].kind {
                ItemKind::Punct(',') => {
                    // A cue tells it from a list of places ("au Mali, au
                    // Niger").
                    let circumstance = cue
                        && items
                            .get(j + 1)
                            .is_some_and(|it| it.kind == ItemKind::Marker(MarkerKind::Recipient));
                    // "Le Mali et le Niger, alliés du Burkina Faso au sein
                    // de l'AES, ont apporté": a cue noun and its genitive
                    // describe the name before.
                    let described = matches!(items.get(j + 1), Some(it) if matches!(it.kind, ItemKind::Cue(..)))
                        && items
                            .get(j + 2)
                            .is_some_and(|it| self.word_in(it, &self.rules.genitives));
                    return if named && !circumstance && !described {
                        None
                    } else {
                        self.name_before(j)
                    };
                }
                // Names do not count towards its length: "alliés du Burkina
                // Faso au sein de l'Alliance des États du Sahel (AES)".
                ItemKind::Actors(_) => named = true,
                ItemKind::Word | ItemKind::Cue(..) => {
                    cue |= matches!(items[j].kind, ItemKind::Cue(..));
                    named |= cue;
                    words += 1;
                    if words > APPOSITION_WORDS {
                        return None;
                    }
                }
                ItemKind::Punct(p) if is_clause_end(p) || p == ':' => return None,
                ItemKind::Punct(_) => {}
                ItemKind::Marker(MarkerKind::Recipient | MarkerKind::Agent) => {}
                // "with support from Chadian and Cameroonian forces": only a
                // circumstance may hold a list ("Dbeibah, and a rival
                // administration that").
                ItemKind::Marker(MarkerKind::Conjunction | MarkerKind::Joiner) => named = true,
                _ => return None,
            }
        }
        None
    }

    /// If item `at` sits in a relative clause ("qui ...", "which ...") that
    /// opens after a noun, the index of the relative pronoun.
    fn relative_clause_start(&self, at: usize) -> Option<usize> {
        let items = self.items;
        let mut j = at;
        while j > 0 {
            j -= 1;
            match items[j].kind {
                ItemKind::Marker(k) if k.starts_clause() => {
                    let before = items[..j]
                        .iter()
                        .rev()
                        .find(|it| it.kind != ItemKind::Punct(','));
                    // "The Alliance of Sahel States (AES), which": a gloss in
                    // parentheses ends its noun.
                    let after_noun = before.is_some_and(|it| {
                        matches!(
                            it.kind,
                            ItemKind::Actors(_)
                                | ItemKind::Word
                                | ItemKind::Description { .. }
                                | ItemKind::Punct(')')
                        )
                    });
                    return after_noun.then_some(j);
                }
                // "l'AES, qui rassemble le Burkina Faso, le Niger et le Mali,":
                // a comma inside a list of actors is no clause edge.
                ItemKind::Punct(',') if matches!(items[j - 1].kind, ItemKind::Actors(_)) => {}
                ItemKind::Punct(p) if p == ',' || is_clause_end(p) => return None,
                _ => {}
            }
        }
        None
    }

    /// Whether `arg` names an armed force: armed groups, or agents named by
    /// a force noun, in the mention or right after it ("instructeurs
    /// russes", "Chadian troops", "Russian military instructors").
    fn is_force(&self, arg: &Arg) -> bool {
        let force_word = |it: &Item| self.words_of(it).any(|w| self.rules.forces.contains(w));
        let next = self.items.get(arg.start + 1);
        self.armed_groups(&arg.actors)
            || force_word(&self.items[arg.start])
            || next.is_some_and(|it| it.kind == ItemKind::Word && force_word(it))
    }

    /// Whether all of `actors` are armed groups.
    /// Whether every actor is an armed group that fights as a state's
    /// auxiliary.
    fn auxiliaries(&self, actors: &[ActorId]) -> bool {
        actors.iter().all(|a| self.rules.auxiliary[a.index()])
    }

    fn armed_groups(&self, actors: &[ActorId]) -> bool {
        self.all_are(actors, ActorKind::ArmedGroup)
    }

    /// Whether `sent` can be a force that `sender` sends: armed groups, or
    /// the sender's own agents ("Moscou ... des instructeurs russes").
    fn is_force_of(&self, sent: &[ActorId], sender: &[ActorId]) -> bool {
        !sent.is_empty()
            && sent
                .iter()
                .all(|a| self.rules.kinds[a.index()] == ActorKind::ArmedGroup || sender.contains(a))
    }

    /// The actors a recipient marker ("to", "au") introduces right after
    /// item `from`, within the clause and before any other cue or actor:
    /// where a force is sent.
    fn receiver_after(&self, from: usize) -> Option<Vec<ActorId>> {
        let items = self.items;
        let (mut words, mut marked) = (0, false);
        for (i, item) in items.iter().enumerate().skip(from) {
            match &item.kind {
                ItemKind::Actors(_) if marked => return Some(list_from(items, i).0),
                ItemKind::Word if marked && item.place.is_some() => {
                    return item.place.map(|a| vec![a]);
                }
                ItemKind::Marker(MarkerKind::Recipient) => marked = true,
                ItemKind::Word
                | ItemKind::Description { .. }
                | ItemKind::Marker(MarkerKind::Ignore) => {
                    words += 1;
                    if words > RIGHT_REACH {
                        return None;
                    }
                }
                ItemKind::Punct(p) if *p != ',' && !is_clause_end(*p) => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether a reciprocal marker ("mutuellement", "each other") stands
    /// within a few words after the cue at `c`, in its clause.
    fn reciprocal_near(&self, c: usize) -> bool {
        for item in self.items[c + 1..].iter().take(MODIFIER_REACH + 1) {
            match item.kind {
                ItemKind::Marker(MarkerKind::Reciprocal) => return true,
                ItemKind::Punct(p) if p == ',' || is_clause_end(p) => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether item `at` follows an agent marker, one word at most between
    /// ("par ses alliés", "by its allies").
    fn after_agent(&self, at: usize) -> bool {
        for item in self.items[..at].iter().rev().take(2) {
            match item.kind {
                ItemKind::Marker(MarkerKind::Agent) => return true,
                ItemKind::Word => {}
                _ => return false,
            }
        }
        false
    }

    /// Whether a cue or rupture word follows item `at` within two words.
    fn verb_follows(&self, at: usize) -> bool {
        verb_follows(self.items, at)
    }

    /// Whether what the support cue at `c` gives is a person, named by a
    /// title right after the cue or right after its object `r`, a
    /// determiner between ("son ministre", "an envoy").
    fn sends_a_person(&self, c: usize, r: &Arg) -> bool {
        let titled_within = |from: usize| {
            self.items[from..]
                .iter()
                .take(3)
                .take_while(|it| matches!(it.kind, ItemKind::Word | ItemKind::Punct('\'')))
                .any(|it| self.has_title(it))
        };
        titled_within(c + 1) || titled_within(r.end)
    }

    /// The cue or rupture word before the side-by-side cue at `c`, in its
    /// clause, when it states a deed other than support or fighting
    /// ("a quitté la CEDEAO aux côtés du Mali").
    fn deed_before(&self, c: usize) -> Option<usize> {
        for i in (0..c).rev() {
            match self.items[i].kind {
                ItemKind::Cue(RelationKind::Support | RelationKind::Conflict, _) => return None,
                ItemKind::Cue(..)
                | ItemKind::Marker(
                    MarkerKind::Rupture
                    | MarkerKind::Suspension
                    | MarkerKind::RuptureFromOrganisation,
                ) => return Some(i),
                ItemKind::Marker(
                    MarkerKind::Boundary | MarkerKind::Contrast | MarkerKind::Relative,
                ) => return None,
                ItemKind::Punct(p) if is_clause_end(p) || p == ',' => return None,
                _ => {}
            }
        }
        None
    }

    /// The actors named after "contre", "against" right after item `from`
    /// ("aux côtés de l'armée malienne contre le JNIM"), over a few words
    /// of its clause.
    fn opponents_after(&self, from: usize) -> Vec<ActorId> {
        for (k, item) in self.items.iter().enumerate().skip(from).take(4) {
            match item.kind {
                ItemKind::Marker(MarkerKind::Opponent) => {
                    return self
                        .right_arg(k + 1, RelationKind::Conflict)
                        .map(|a| a.actors)
                        .unwrap_or_default();
                }
                ItemKind::Word => {}
                _ => break,
            }
        }
        Vec::new()
    }

    /// The actors a cue at `c` describes through a possessive after a comma
    /// ("le Mali et le Niger, ses partenaires", "Mali, its ally", "Burkina
    /// Faso and Niger, Mali's partners"): the list right before the comma.
    fn possessed_apposition(&self, c: usize) -> Vec<ActorId> {
        let items = self.items;
        let after_determiner = c
            .checked_sub(1)
            .is_some_and(|i| self.word_in(&items[i], &self.rules.possessives));
        if after_determiner
            && c >= 3
            && items[c - 2].kind == ItemKind::Punct(',')
            && matches!(items[c - 3].kind, ItemKind::Actors(_))
        {
            self.list_left(c - 3).actors
        } else if c >= 5
            // "Burkina Faso and Niger, Mali's partners in the AES"
            && matches!(items[c - 3].kind, ItemKind::Actors(_))
            && possessive(items, c - 3, self.norm)
            && items[c - 4].kind == ItemKind::Punct(',')
            && matches!(items[c - 5].kind, ItemKind::Actors(_))
        {
            self.list_left(c - 5).actors
        } else {
            Vec::new()
        }
    }

    /// For a tie whose object list `r` opens with an organisation right
    /// after a genitive or place word and goes on with states
    /// ("partenaires de l'AES, le Burkina Faso et le Niger", "coordonne ses
    /// opérations avec ses partenaires de l'AES, ..."): see
    /// [`Reader::states_apposed`]. Not after "avec" / "with", where the
    /// organisation is one more partner ("partnerships with ECOWAS, Nigeria
    /// and Ghana").
    fn partners_in(&self, r: &Arg) -> Option<(Vec<ActorId>, Vec<ActorId>)> {
        let linked = self.items[..r.start]
            .iter()
            .rev()
            .take(3)
            // Past an elided article ("de l'AES") and other function words.
            .find(|it| {
                it.kind != ItemKind::Punct('\'')
                    && !(it.kind == ItemKind::Word
                        && (self.text(it).len() == 1
                            || self.rules.stopwords.contains_key(self.text(it))
                                && !self.word_in(it, &self.rules.genitives)))
            })
            .is_some_and(|it| {
                self.word_in(it, &self.rules.genitives)
                    || self.word_in(it, &self.rules.locations)
                    || it.kind == ItemKind::Marker(MarkerKind::Place)
            });
        linked.then(|| self.states_apposed(r)).flatten()
    }

    /// For an object list that is an organisation, a comma and states
    /// ("partners in the AES, Burkina Faso and Niger"): the organisation,
    /// and the states, which name the partners, not more organisations.
    fn states_apposed(&self, r: &Arg) -> Option<(Vec<ActorId>, Vec<ActorId>)> {
        let items = self.items;
        let ItemKind::Actors(first) = &items[r.start].kind else {
            return None;
        };
        let comma = items.get(r.start + 1).map(|it| &it.kind) == Some(&ItemKind::Punct(','));
        if !comma || !self.all_are(first, ActorKind::Organisation) {
            return None;
        }
        let partners: Vec<ActorId> = r
            .actors
            .iter()
            .copied()
            .filter(|a| !first.contains(a))
            .collect();
        (!partners.is_empty() && self.all_are(&partners, ActorKind::State))
            .then(|| (first.clone(), partners))
    }

    /// The organisations named within two words after item `from`, when
    /// the actors before it are states ("avec le Mali l'AES").
    fn organisation_after(&self, from: usize) -> Vec<ActorId> {
        let states = |a: &[ActorId]| self.all_are(a, ActorKind::State);
        let before = from.checked_sub(1).map(|i| &self.items[i].kind);
        if !matches!(before, Some(ItemKind::Actors(a)) if states(a)) {
            return Vec::new();
        }
        // "in the AES", "au sein de l'AES"
        for item in self.items[from..].iter().take(6) {
            match &item.kind {
                ItemKind::Actors(a) if !states(a) => {
                    return a
                        .iter()
                        .copied()
                        .filter(|x| self.rules.kinds[x.index()] == ActorKind::Organisation)
                        .collect();
                }
                ItemKind::Word
                | ItemKind::Punct('\'')
                | ItemKind::Marker(
                    MarkerKind::Recipient
                    | MarkerKind::Place
                    | MarkerKind::Stopword
                    | MarkerKind::Genitive,
                ) => {}
                _ => break,
            }
        }
        Vec::new()
    }

    /// The first organisation named at or after item `from`, in this clause.
    fn next_organisation(&self, from: usize) -> Vec<ActorId> {
        for item in &self.items[from..] {
            match &item.kind {
                ItemKind::Actors(a) => {
                    let orgs: Vec<_> = a
                        .iter()
                        .copied()
                        .filter(|x| self.rules.kinds[x.index()] == ActorKind::Organisation)
                        .collect();
                    if !orgs.is_empty() {
                        return orgs;
                    }
                }
                ItemKind::Punct(p) if is_clause_end(*p) => break,
                _ => {}
            }
        }
        Vec::new()
    }

    /// Whether the items between `a` and `b` are a short time adverbial
    /// and at most two other words ("which in July 2024 inflicted", "qui
    /// depuis 2022 combat"): a date, a number or a time word among at most
    /// five words.
    fn dated_between(&self, a: usize, b: usize) -> bool {
        let between = &self.items[a + 1..b];
        between
            .iter()
            .all(|it| matches!(it.kind, ItemKind::Word | ItemKind::Punct(_)))
            && self.words_between(a, b) <= 5
            && between.iter().any(|it| {
                it.kind == ItemKind::Word
                    && (self.rules.times.contains(self.text(it)) || self.numeric(it))
            })
    }

    fn words_between(&self, a: usize, b: usize) -> usize {
        self.items[a + 1..b]
            .iter()
            .filter(|it| !matches!(it.kind, ItemKind::Punct(_)))
            .count()
    }
}

/// Whether token `t` is a full stop with a word after it in its sentence:
/// it ends an abbreviation ("on Aug. 4 by severing ties"), no clause, since
/// the sentence splitter has cut at the real ones. It makes no item.
fn abbreviation_stop(tokens: &[Token], t: usize) -> bool {
    tokens[t].kind == TokenKind::Punct('.')
        && tokens[t + 1..].iter().any(|tk| tk.kind == TokenKind::Word)
}

fn is_clause_end(p: char) -> bool {
    matches!(p, ';' | '.' | '?' | '!' | '\u{2026}')
}

fn actors_of(item: &Item) -> Vec<ActorId> {
    match &item.kind {
        ItemKind::Actors(a) => a.clone(),
        _ => Vec::new(),
    }
}

/// Whether one language has at least [`CLEAR_LEAD`] stopwords and four
/// times as many as any other.
fn clear_lead(counts: &[usize]) -> bool {
    let mut sorted = counts.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    match sorted[..] {
        [] => false,
        [first] => first >= CLEAR_LEAD,
        [first, second, ..] => first >= CLEAR_LEAD && first >= 4 * second,
    }
}

fn dedup(actors: &mut Vec<ActorId>) {
    // Lists hold a handful of actors, where a scan is cheaper than a set;
    // the set keeps a pathological list of thousands linear.
    if actors.len() > 16 {
        let mut seen = FxHashSet::default();
        actors.retain(|a| seen.insert(*a));
        return;
    }
    let mut kept = 0;
    for i in 0..actors.len() {
        let a = actors[i];
        if !actors[..kept].contains(&a) {
            actors[kept] = a;
            kept += 1;
        }
    }
    actors.truncate(kept);
}

fn all_pairs(
    actors: &[ActorId],
    rule: &'static str,
    pairs: &mut Vec<(ActorId, ActorId, &'static str)>,
) {
    for (i, &a) in actors.iter().enumerate() {
        for &b in &actors[i + 1..] {
            pairs.push((a, b, rule));
        }
    }
}

/// The last coordinated list of two or more states before item `end`.
fn last_list(items: &[Item], end: usize, kinds: &[ActorKind]) -> Vec<ActorId> {
    lists(&items[..end], kinds).pop().unwrap_or_default()
}

/// Whether a rupture word right before a cue of this kind ends the tie the
/// cue names, which leaves a tension: "mettre fin à l'accord de défense",
/// "suspended its military aid", "quitter l'organisation".
fn ended_by_rupture(kind: RelationKind, frame: Frame) -> bool {
    kind == RelationKind::Alliance || kind == RelationKind::Support || frame == Frame::MemberOf
}

/// Whether `subject`, after the separator `gap`, starts a clause of its own
/// rather than continuing a list: "Russia backs Mali, and Algeria condemns
/// Bamako", where ", and" is followed by an actor and a verb.
fn starts_clause(items: &[Item], gap: std::ops::Range<usize>, subject: usize) -> bool {
    let gap = &items[gap];
    let comma_and = gap.iter().any(|it| it.kind == ItemKind::Punct(','))
        && gap
            .iter()
            .any(|it| it.kind == ItemKind::Marker(MarkerKind::Conjunction));
    comma_and && verb_follows(items, subject + 1)
}

/// Whether a verb (a cue, a rupture word or an auxiliary) follows item `at`
/// within two words.
fn verb_follows(items: &[Item], at: usize) -> bool {
    for item in items.iter().skip(at).take(3) {
        match item.kind {
            ItemKind::Cue(..) | ItemKind::Marker(MarkerKind::Rupture | MarkerKind::Auxiliary) => {
                return true;
            }
            ItemKind::Word => {}
            _ => return false,
        }
    }
    false
}

/// Coordinated lists of two or more states in a sentence's items, in order.
pub(crate) fn lists(items: &[Item], kinds: &[ActorKind]) -> Vec<Vec<ActorId>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let ItemKind::Actors(first) = &items[i].kind else {
            i += 1;
            continue;
        };
        // Most names stand alone: no list, and nothing to allocate.
        let alone = first.len() < 2 && separator(items, i, true).is_none();
        if !items[i].pronoun && !alone {
            let (actors, end) = list_from(items, i);
            let states: Vec<_> = actors
                .into_iter()
                .filter(|a| kinds[a.index()] == ActorKind::State)
                .collect();
            if states.len() >= 2 {
                out.push(states);
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// The coordinated list that starts with the actor item at `i`, and the
/// index of the item after it. Items after the last joiner are dropped unless
/// a joiner follows them: "le Mali, le Burkina Faso et le Niger" is a list,
/// "le Mali, Bamako" is not.
fn list_from(items: &[Item], i: usize) -> (Vec<ActorId>, usize) {
    let mut actors = actors_of(&items[i]);
    let (mut committed, mut end) = (actors.len(), i + 1);
    let mut k = i;
    while let Some((j, joiner)) = separator(items, k, true) {
        // A serial comma ("Mali, Niger, and Chad have signed") is no
        // clause break: only a lone actor before ", and" can end a clause.
        if k == i && starts_clause(items, k + 1..j, j) {
            break;
        }
        actors.extend(actors_of(&items[j]));
        if joiner {
            committed = actors.len();
            end = j + 1;
        }
        k = j;
    }
    actors.truncate(committed);
    dedup(&mut actors);
    (actors, end)
}

/// From the actor item at `at`, walks over one list separator (commas and
/// joiners, with up to [`LIST_GAP`] filler words such as articles) towards
/// the next actor item. Returns its index and whether the separator held a
/// joiner. A resolved pronoun starts a clause and joins no list ("Mali, and
/// it has spread...").
fn separator(items: &[Item], at: usize, rightwards: bool) -> Option<(usize, bool)> {
    if items[at].pronoun {
        return None;
    }
    let (mut joined, mut joiner, mut gap) = (false, false, 0);
    // Whether a word stands between the first item and the separator.
    let mut trailing = false;
    let mut j = at;
    loop {
        j = if rightwards { j + 1 } else { j.checked_sub(1)? };
        match &items.get(j)?.kind {
            // Words after the first item's name belong to it ("FLA fighters
            // and JNIM militants") only before a joiner; before a bare comma
            // they end a phrase: "quitté la CEDEAO en janvier, le Mali".
            ItemKind::Actors(_) if joined && !items[j].pronoun => {
                return (joiner || !trailing).then_some((j, joiner));
            }
            ItemKind::Punct(',') => joined = true,
            ItemKind::Marker(MarkerKind::Joiner | MarkerKind::Conjunction) => {
                (joined, joiner) = (true, true)
            }
            ItemKind::Punct('\'') => {}
            ItemKind::Word
            | ItemKind::Marker(MarkerKind::Recipient | MarkerKind::Agent | MarkerKind::Place)
                if gap < LIST_GAP =>
            {
                gap += 1;
                trailing |= joined != rightwards;
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests;
