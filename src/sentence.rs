//! Rule-based sentence segmentation for French and English news text.
//!
//! [`SentenceSplitter`] cuts an article into sentences and returns them as byte
//! ranges into the original text, so that callers can quote evidence verbatim
//! and keep offsets. It knows French typography (a space or no-break space
//! before `? ! : ;` and inside `« »`), abbreviations from a list
//! (`M.`, `Gen.`, `janv.`, `p. ex.`; see `dictionaries/abbreviations.txt`),
//! initials (`G. W. Bush`, `J.-N. Barrot`), numbers (`3.5`, `5.000`), and the
//! line structure of scraped pages, where headings, hashtag lines and list
//! items end without a full stop.
//!
//! It does not tokenize, normalize or detect the language, does not look
//! inside quotations (a quoted passage of three sentences gives three
//! sentences), and cannot recover sentences that a scraper glued together
//! with neither punctuation nor a line break. Every sentence is capped at
//! 4096 bytes, so a pathological input still yields bounded pieces.
//!
//! It uses rules rather than a trained model (Punkt, a neural segmenter)
//! because the input is a narrow genre in two languages, where a short list of
//! rules gets nearly everything right; because a rule's mistake can be
//! understood and fixed by editing the abbreviation file; and because rules are
//! deterministic, need no model file or dependency, and run in linear time on
//! any input.

use rustc_hash::FxHashSet;
use std::ops::Range;

/// The abbreviation list shipped with the crate.
const BUILTIN_ABBREVIATIONS: &str = include_str!("../dictionaries/abbreviations.txt");

/// The longest sentence, in bytes, that [`SentenceSplitter::split`] returns.
const MAX_LEN: usize = 4096;

/// Abbreviations that are also everyday lower-case words, or that routinely
/// close a sentence. Written in lower case, they hold a sentence open only
/// before a digit: "le 11 sept. 2001" stays whole, but in "Ils étaient sept.
/// Le bilan..." or "rice, millet, etc. The market..." the period ends the
/// sentence. They have this effect only when the abbreviation list contains
/// them (`mm.` comes from `MM.`, which is matched regardless of case).
const WORDLIKE: &[&str] = &[
    "a.m.", "art.", "etc.", "fig.", "mm.", "no.", "p.m.", "prof.", "sept.", "vol.",
];

/// Extra bytes the backward scan for an abbreviation may cover beyond the
/// longest entry: room for opening quotes, brackets and an elided article
/// (`«`, `(`, `l’`, `jusqu’`).
const LOOKBACK_SLACK: usize = 32;

/// Splits text into sentences. Built once from the abbreviation list, reused
/// for every article.
///
/// A sentence ends:
///
/// * at `.`, `!`, `?`, `…` or a run of them (`?!`, `...`), followed by
///   optional closing quotes or brackets (`» ” " ’ ) ]`, French spacing
///   allowed before all but `"`), then whitespace, then an upper-case (or caseless)
///   letter, a digit, an opening quote or bracket, or a dash; a lone `.` does
///   not end a sentence after an abbreviation or an initial;
/// * at a blank line, always;
/// * at a single line break, unless the next line starts with a lower-case
///   letter, which marks a hard-wrapped line (after a line that ends with
///   punctuation, the rule above then decides, and it never splits before a
///   lower-case letter).
///
/// Sentences longer than 4096 bytes are cut at the last whitespace before the
/// limit, or at a character boundary if there is none.
///
/// # Example
///
/// ```
/// use actorgraph::sentence::SentenceSplitter;
///
/// let splitter = SentenceSplitter::builtin();
/// let text = "M. Barrot est arrivé à N’Djamena. Vraiment\u{a0}? « Oui\u{a0}! »\n#Tchad";
/// let sentences: Vec<&str> = splitter.split(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(
///     sentences,
///     ["M. Barrot est arrivé à N’Djamena.", "Vraiment\u{a0}?", "« Oui\u{a0}! »", "#Tchad"],
/// );
/// ```
#[derive(Debug, Clone)]
pub struct SentenceSplitter {
    /// Abbreviations of two or more characters, lower-cased, with the period.
    folded: FxHashSet<String>,
    /// Abbreviations of one letter, without the period, matched exactly:
    /// `M.` must not swallow the `m.` of "100 m. Then".
    letters: FxHashSet<char>,
    /// How far back, in bytes, a word can start and still be an abbreviation.
    /// Bounding it keeps `split` linear on text without whitespace.
    lookback: usize,
    /// The longest sentence returned, in bytes.
    max_len: usize,
}

impl SentenceSplitter {
    /// Builds a splitter from abbreviations written with their final period,
    /// e.g. `"M."`, `"Mr."`, `"U.S."`, `"janv."`, `"Gen."`.
    ///
    /// Matching is case-sensitive for one-letter entries (capital initials are
    /// handled by a rule anyway) and case-insensitive otherwise. A few
    /// entries that are also lower-case words or often end a sentence
    /// (`etc.`, `sept.`, `no.`, `vol.`, `a.m.`, ...) hold the sentence open,
    /// when written in lower case, only before a digit. The final period may
    /// be omitted; empty entries and entries containing whitespace are ignored.
    ///
    /// # Example
    ///
    /// ```
    /// use actorgraph::sentence::SentenceSplitter;
    ///
    /// let text = "Gen. Tiani spoke. Nobody answered.";
    /// assert_eq!(SentenceSplitter::new(["Gen."]).split(text).len(), 2);
    /// assert_eq!(SentenceSplitter::new([]).split(text).len(), 3);
    /// ```
    pub fn new<'a, I: IntoIterator<Item = &'a str>>(abbreviations: I) -> SentenceSplitter {
        let mut folded = FxHashSet::default();
        let mut letters = FxHashSet::default();
        let mut longest = 0;
        for abbreviation in abbreviations {
            let abbreviation = abbreviation.trim_matches(is_space);
            let stem = abbreviation.strip_suffix('.').unwrap_or(abbreviation);
            if stem.is_empty() || stem.contains(is_space) {
                continue;
            }
            let mut chars = stem.chars();
            if let (Some(letter), None) = (chars.next(), chars.next()) {
                letters.insert(letter);
            } else {
                let mut key = stem.to_lowercase();
                key.push('.');
                longest = longest.max(key.len());
                folded.insert(key);
            }
        }
        SentenceSplitter {
            folded,
            letters,
            // Lower-casing can change a word's length in bytes, hence the
            // factor of two.
            lookback: 2 * longest + LOOKBACK_SLACK,
            max_len: MAX_LEN,
        }
    }

    /// The built-in list from `dictionaries/abbreviations.txt`, which covers
    /// French and English titles, military ranks, months and reference
    /// abbreviations.
    pub fn builtin() -> SentenceSplitter {
        match parse_abbreviations(BUILTIN_ABBREVIATIONS) {
            Ok(abbreviations) => SentenceSplitter::new(abbreviations.iter().map(String::as_str)),
            // The file is compiled in and `builtin_list_parses` checks it, so
            // this is unreachable; should it happen, keep the usable lines
            // (`new` skips the rest) rather than panic.
            Err(_) => SentenceSplitter::new(
                BUILTIN_ABBREVIATIONS
                    .lines()
                    .filter(|line| !line.trim_start().starts_with('#')),
            ),
        }
    }

    /// Returns the byte ranges of the sentences of `text`, in order.
    ///
    /// The ranges do not overlap, each is trimmed of surrounding whitespace
    /// (including no-break spaces and `\r`), none is empty or longer than 4096
    /// bytes, and every one starts and ends on a character boundary. Nothing
    /// but whitespace lies between them. Runs in time linear in `text.len()`
    /// and never panics.
    ///
    /// # Example
    ///
    /// ```
    /// use actorgraph::sentence::SentenceSplitter;
    ///
    /// let splitter = SentenceSplitter::builtin();
    /// let text = "Mali – Russie : L’alliance\n\nG. W. Bush met Mr. Smith. It rained.";
    /// let sentences: Vec<&str> = splitter.split(text).into_iter().map(|r| &text[r]).collect();
    /// assert_eq!(
    ///     sentences,
    ///     ["Mali – Russie : L’alliance", "G. W. Bush met Mr. Smith.", "It rained."],
    /// );
    /// ```
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        let mut sink = Sink {
            text,
            max_len: self.max_len,
            ranges: Vec::new(),
        };
        let mut scratch = String::new();
        let mut start = 0;
        let mut at = 0;
        while let Some(c) = char_at(text, at) {
            let next = at + c.len_utf8();
            if let Some(kind) = line_break(c) {
                let after = if c == '\r' && char_at(text, next) == Some('\n') {
                    next + 1
                } else {
                    next
                };
                if kind == Break::Paragraph || !continues_line(text, after) {
                    sink.push(start, at);
                    start = after;
                }
                at = after;
            } else if is_terminal(c) {
                let run_end = skip(text, at, is_terminal);
                match self.sentence_end(text, at, run_end, &mut scratch) {
                    Some(end) => {
                        sink.push(start, end);
                        start = end;
                        at = end;
                    }
                    None => at = run_end,
                }
            } else {
                at = skip_plain(text, next);
            }
        }
        sink.push(start, text.len());
        sink.ranges
    }

    /// Decides whether the run of terminal punctuation `text[run_start..run_end]`
    /// ends a sentence, and if so returns where the sentence ends (after any
    /// closing quotes and brackets).
    fn sentence_end(
        &self,
        text: &str,
        run_start: usize,
        run_end: usize,
        scratch: &mut String,
    ) -> Option<usize> {
        let run = text.get(run_start..run_end)?;
        // "[…]" and "(...)" mark a cut in a quotation, not the end of a
        // sentence.
        if matches!(run, "…" | "...")
            && matches!(char_before(text, run_start), Some('(' | '['))
            && matches!(char_at(text, run_end), Some(')' | ']'))
        {
            return None;
        }
        let mut end = run_end;
        loop {
            // French puts a space before "»"; a straight quote after a space
            // is more likely to open the next sentence than to close this one.
            let after_space = skip(text, end, is_horizontal_space);
            match char_at(text, after_space) {
                Some(c) if is_closer(c) => end = after_space + c.len_utf8(),
                Some(c) if after_space == end && is_straight_quote(c) => end += c.len_utf8(),
                _ => break,
            }
        }
        let follower_at = skip(text, end, is_horizontal_space);
        if follower_at == end {
            // No space: "3.5", "U.S", "fin.»", the end of the text, or a line
            // break, which the line rule handles.
            return None;
        }
        // A line break here is not a starter: the line rule decides.
        let follower = char_at(text, follower_at)?;
        if !starts_sentence(follower) {
            return None;
        }
        if run == "." && self.is_abbreviation_before(text, run_start, follower, scratch) {
            return None;
        }
        Some(end)
    }

    /// Whether the word ending at the period at `period` is an abbreviation or
    /// an initial that keeps the sentence open before `follower`.
    fn is_abbreviation_before(
        &self,
        text: &str,
        period: usize,
        follower: char,
        scratch: &mut String,
    ) -> bool {
        let limit = period.saturating_sub(self.lookback);
        let mut word_start = period;
        while let Some(c) = char_before(text, word_start) {
            if is_space(c) {
                break;
            }
            word_start -= c.len_utf8();
            if word_start < limit {
                // Too long to be an abbreviation.
                return false;
            }
        }
        let Some(word) = text.get(word_start..period) else {
            return false;
        };
        let word = word.trim_start_matches(|c| is_opener(c) || is_dash(c));
        // An elided article is glued to the word: "l’O.N.U.", "d’A. Diallo".
        let elided = word.rsplit_once(['’', '\'']).map(|(_, rest)| rest);
        [Some(word), elided]
            .into_iter()
            .flatten()
            .any(|w| self.holds_open(w, follower, scratch))
    }

    /// Whether `word` (without its period) is an initial or a listed
    /// abbreviation that keeps the sentence open before `follower`.
    fn holds_open(&self, word: &str, follower: char, scratch: &mut String) -> bool {
        if word.is_empty() {
            return false;
        }
        if is_initials(word) {
            return true;
        }
        let mut chars = word.chars();
        if let (Some(letter), None) = (chars.next(), chars.next()) {
            return self.letters.contains(&letter);
        }
        scratch.clear();
        scratch.extend(word.chars().flat_map(char::to_lowercase));
        scratch.push('.');
        if !self.folded.contains(scratch.as_str()) {
            return false;
        }
        let lower_case = !word.chars().any(char::is_uppercase);
        if lower_case && WORDLIKE.contains(&scratch.as_str()) {
            return follower.is_numeric();
        }
        true
    }

    /// A splitter with a smaller cap, so tests can exercise it on short text.
    /// The cap is at least 4 bytes, the longest UTF-8 character.
    #[cfg(test)]
    fn with_max_len(mut self, max_len: usize) -> SentenceSplitter {
        self.max_len = max_len.max(4);
        self
    }
}

/// Parses the abbreviation file format: one abbreviation per line, `#` starts
/// a comment line, blank lines are ignored.
///
/// Returns the abbreviations in file order, with their final period.
///
/// # Errors
///
/// Returns the 1-based number of the first line that is not a single token
/// ending in `.` (or is a bare run of periods), with a message saying why.
///
/// # Example
///
/// ```
/// use actorgraph::sentence::parse_abbreviations;
///
/// let list = parse_abbreviations("# titles\nM.\nGen.\n\nU.S.\n").unwrap();
/// assert_eq!(list, ["M.", "Gen.", "U.S."]);
/// assert_eq!(parse_abbreviations("M.\nGen\n").unwrap_err().0, 2);
/// ```
pub fn parse_abbreviations(text: &str) -> Result<Vec<String>, (usize, String)> {
    let mut abbreviations = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let token = line.trim_matches(is_space);
        if token.is_empty() || token.starts_with('#') {
            continue;
        }
        if token.contains(is_space) {
            return Err((number, format!("expected a single token, found {token:?}")));
        }
        let Some(stem) = token.strip_suffix('.') else {
            return Err((
                number,
                format!("abbreviation {token:?} does not end in '.'"),
            ));
        };
        if stem.is_empty() || stem.chars().all(|c| c == '.') {
            return Err((
                number,
                format!("abbreviation {token:?} has nothing before its period"),
            ));
        }
        abbreviations.push(token.to_string());
    }
    Ok(abbreviations)
}

/// Collects sentence ranges, trimming them and enforcing the length cap.
struct Sink<'t> {
    text: &'t str,
    max_len: usize,
    ranges: Vec<Range<usize>>,
}

impl Sink<'_> {
    /// Records `text[start..end]` as one or more sentences.
    fn push(&mut self, start: usize, end: usize) {
        let text = self.text;
        let end = trim_end(text, start, end);
        let mut start = trim_start(text, start, end);
        while end - start > self.max_len {
            let cut = self.cap_cut(start);
            let piece_end = trim_end(text, start, cut);
            if piece_end > start {
                self.ranges.push(start..piece_end);
            }
            start = trim_start(text, cut, end);
        }
        if end > start {
            self.ranges.push(start..end);
        }
    }

    /// Where to cut a sentence that starts at `start` (not whitespace) and is
    /// longer than the cap. The result is greater than `start`, so every cut
    /// makes progress.
    fn cap_cut(&self, start: usize) -> usize {
        let text = self.text;
        let mut limit = start.saturating_add(self.max_len).min(text.len());
        while limit > start && !text.is_char_boundary(limit) {
            limit -= 1;
        }
        if limit == start {
            // A cap smaller than one character: take the character.
            return char_at(text, start).map_or(text.len(), |c| start + c.len_utf8());
        }
        if char_at(text, limit).is_some_and(is_space) {
            return limit;
        }
        let window = text.get(start..limit).unwrap_or("");
        match window.char_indices().rev().find(|&(_, c)| is_space(c)) {
            Some((offset, _)) if offset > 0 => start + offset,
            _ => limit,
        }
    }
}

/// Bytes that may begin a line break or a terminal punctuation mark: the
/// ASCII ones, and the lead bytes of U+0085 (`C2`) and of U+2026, U+2028,
/// U+2029, U+203C, U+2047 to U+2049 (`E2`). Every other byte is skipped
/// without decoding.
static MAY_END: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [b'\n', b'\r', 0x0B, 0x0C, b'.', b'!', b'?', 0xC2, 0xE2];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// The first position at or after `at` (a char boundary) whose byte may
/// start a line break or terminal punctuation; the result is a char boundary.
fn skip_plain(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| MAY_END[b as usize]))
        .map_or(bytes.len(), |i| at + i)
}

/// The two kinds of line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Break {
    /// Ends a sentence unless the next line starts in lower case.
    Line,
    /// Always ends a sentence, like a blank line.
    Paragraph,
}

fn line_break(c: char) -> Option<Break> {
    match c {
        '\n' | '\r' | '\u{0B}' | '\u{85}' | '\u{2028}' => Some(Break::Line),
        '\u{0C}' | '\u{2029}' => Some(Break::Paragraph),
        _ => None,
    }
}

/// Whether the line starting at `at` continues the previous one: it starts,
/// after indentation, with a lower-case letter. A blank line does not.
fn continues_line(text: &str, at: usize) -> bool {
    char_at(text, skip(text, at, is_horizontal_space)).is_some_and(char::is_lowercase)
}

/// Whitespace as far as trimming and splitting are concerned: Unicode
/// whitespace (which includes U+00A0 and U+202F), plus the zero-width space and
/// byte-order mark that scraped pages carry.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}')
}

fn is_horizontal_space(c: char) -> bool {
    is_space(c) && line_break(c).is_none()
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Closing quotes and brackets that can follow the end of a sentence, even
/// after a space.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | '”' | '’' | ')' | ']' | '›')
}

/// Quotes that open or close depending on where they are.
fn is_straight_quote(c: char) -> bool {
    matches!(c, '"' | '\'')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '«' | '“' | '"' | '‘' | '\'' | '„' | '‚' | '‹' | '(' | '[' | '¿' | '¡'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '•')
}

/// Whether `c` can start a sentence that follows a full stop. Letters of
/// scripts without case count as upper case.
fn starts_sentence(c: char) -> bool {
    (c.is_alphabetic() && !c.is_lowercase()) || c.is_numeric() || is_opener(c) || is_dash(c)
}

/// Whether `word` is a chain of capital initials: `A`, `G.W`, `J.-N`, `O.N.U`.
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars();
    loop {
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        match chars.next() {
            None => return true,
            Some('.') => {}
            Some(_) => return false,
        }
        let mut after_hyphen = chars.clone();
        if after_hyphen.next() == Some('-') {
            chars = after_hyphen;
        }
    }
}

/// The character starting at byte `at`, or `None` at the end of the text or
/// off a character boundary.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// The character ending at byte `at`.
fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// The position of the first character at or after `at` that is not `pred`.
fn skip(text: &str, at: usize, pred: impl Fn(char) -> bool) -> usize {
    let rest = text.get(at..).unwrap_or("");
    rest.char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(at + rest.len(), |(i, _)| at + i)
}

fn trim_start(text: &str, start: usize, end: usize) -> usize {
    let piece = text.get(start..end).unwrap_or("");
    end - piece.trim_start_matches(is_space).len()
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    let piece = text.get(start..end).unwrap_or("");
    start + piece.trim_end_matches(is_space).len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;
    use std::time::{Duration, Instant};

    fn builtin() -> &'static SentenceSplitter {
        static SPLITTER: OnceLock<SentenceSplitter> = OnceLock::new();
        SPLITTER.get_or_init(SentenceSplitter::builtin)
    }

    fn check(text: &str, expected: &[&str]) {
        check_with(builtin(), text, expected);
    }

    fn check_with(splitter: &SentenceSplitter, text: &str, expected: &[&str]) {
        let ranges = splitter.split(text);
        assert_invariants(text, &ranges, splitter.max_len);
        let got: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, expected, "splitting {text:?}");
    }

    /// The guarantees of `split`, whatever the input.
    fn assert_invariants(text: &str, ranges: &[Range<usize>], max_len: usize) {
        let mut previous_end = 0;
        for range in ranges {
            assert!(range.start < range.end, "empty range {range:?} in {text:?}");
            assert!(
                range.end <= text.len(),
                "range {range:?} past the end of {text:?}"
            );
            assert!(
                range.end - range.start <= max_len,
                "range {range:?} over the cap"
            );
            assert!(
                text.is_char_boundary(range.start),
                "{range:?} starts mid-char"
            );
            assert!(text.is_char_boundary(range.end), "{range:?} ends mid-char");
            assert!(
                previous_end <= range.start,
                "{range:?} overlaps or is out of order"
            );
            let gap = &text[previous_end..range.start];
            assert!(
                gap.chars().all(is_space),
                "non-space text {gap:?} dropped from {text:?}"
            );
            let sentence = &text[range.clone()];
            let first = sentence.chars().next().unwrap_or(' ');
            let last = sentence.chars().next_back().unwrap_or(' ');
            assert!(
                !is_space(first) && !is_space(last),
                "{sentence:?} is not trimmed"
            );
            previous_end = range.end;
        }
        let tail = &text[previous_end..];
        assert!(
            tail.chars().all(is_space),
            "non-space text {tail:?} dropped from {text:?}"
        );
    }

    // --- Basic end-of-sentence punctuation ---------------------------------

    #[test]
    fn empty_and_blank_text() {
        check("", &[]);
        check(" \n\u{a0}\u{202f}\r\n\t ", &[]);
    }

    #[test]
    fn text_without_final_punctuation_is_one_sentence() {
        check(
            "Les deux armées se font face",
            &["Les deux armées se font face"],
        );
    }

    #[test]
    fn english_periods() {
        check(
            "The convoy reached the capital. Officials said nothing. The border stays shut.",
            &[
                "The convoy reached the capital.",
                "Officials said nothing.",
                "The border stays shut.",
            ],
        );
    }

    #[test]
    fn french_periods() {
        check(
            "Le convoi est arrivé dans la capitale. Les autorités ont salué l'opération.",
            &[
                "Le convoi est arrivé dans la capitale.",
                "Les autorités ont salué l'opération.",
            ],
        );
    }

    #[test]
    fn english_question_and_exclamation_marks() {
        check(
            "Did the troops leave? Yes! They left at dawn.",
            &["Did the troops leave?", "Yes!", "They left at dawn."],
        );
    }

    #[test]
    fn french_spacing_before_question_and_exclamation_marks() {
        check(
            "Est-ce vraiment la fin ? Non ! Le dialogue continue.",
            &["Est-ce vraiment la fin ?", "Non !", "Le dialogue continue."],
        );
        check(
            "Est-ce vraiment la fin\u{a0}? Non\u{202f}! Le dialogue continue.",
            &[
                "Est-ce vraiment la fin\u{a0}?",
                "Non\u{202f}!",
                "Le dialogue continue.",
            ],
        );
    }

    #[test]
    fn runs_of_terminal_punctuation() {
        check(
            "Quoi ?! Il est reparti... Personne ne sait pourquoi!!! Vraiment?",
            &[
                "Quoi ?!",
                "Il est reparti...",
                "Personne ne sait pourquoi!!!",
                "Vraiment?",
            ],
        );
    }

    #[test]
    fn ellipsis_character() {
        check(
            "Il hésita… Puis il signa.",
            &["Il hésita…", "Puis il signa."],
        );
        check(
            "He paused… Then he signed.",
            &["He paused…", "Then he signed."],
        );
        check("Il hésita… puis signa.", &["Il hésita… puis signa."]);
    }

    #[test]
    fn ellipsis_in_brackets_marks_a_cut_not_an_end() {
        check(
            "Le texte affirme que […] Paris doit partir.",
            &["Le texte affirme que […] Paris doit partir."],
        );
        check(
            "He said that (...) France must go.",
            &["He said that (...) France must go."],
        );
    }

    #[test]
    fn spaced_periods() {
        check(
            "Il hésita . . . Puis il signa.",
            &["Il hésita . . .", "Puis il signa."],
        );
    }

    // --- Quotes and brackets -------------------------------------------------

    #[test]
    fn guillemets_with_french_spacing() {
        check(
            "« Non\u{a0}! » Le ministre quitta la salle.",
            &["« Non\u{a0}! »", "Le ministre quitta la salle."],
        );
        check(
            "« Nous partirons. » Le porte-parole n'a rien ajouté.",
            &["« Nous partirons. »", "Le porte-parole n'a rien ajouté."],
        );
        check(
            "«\u{202f}Nous partirons.\u{202f}» Il n'a rien ajouté.",
            &["«\u{202f}Nous partirons.\u{202f}»", "Il n'a rien ajouté."],
        );
    }

    #[test]
    fn quotation_continued_by_an_incise_is_one_sentence() {
        check(
            "« Nous ne partirons pas… », a-t-il dit. Le lendemain, rien.",
            &[
                "« Nous ne partirons pas… », a-t-il dit.",
                "Le lendemain, rien.",
            ],
        );
        check(
            "Il a répondu : « Jamais ! » et il est sorti.",
            &["Il a répondu : « Jamais ! » et il est sorti."],
        );
        check(
            "« Pourquoi ? » demanda la journaliste.",
            &["« Pourquoi ? » demanda la journaliste."],
        );
    }

    #[test]
    fn curly_quotes_in_english() {
        check(
            "He said “we will stay.” Then he left.",
            &["He said “we will stay.”", "Then he left."],
        );
        check(
            "They promised ‘a smooth handover.’ The talks ended.",
            &["They promised ‘a smooth handover.’", "The talks ended."],
        );
    }

    #[test]
    fn straight_quotes_close_when_glued_and_open_after_a_space() {
        check(
            "She said \"no.\" Then she left.",
            &["She said \"no.\"", "Then she left."],
        );
        check(
            "He left. \"We will return,\" she said.",
            &["He left.", "\"We will return,\" she said."],
        );
        check(
            "It ended. 'Never again,' he said.",
            &["It ended.", "'Never again,' he said."],
        );
    }

    #[test]
    fn closing_brackets() {
        check(
            "(The talks failed.) Both sides left. [They may return.] Nobody knows.",
            &[
                "(The talks failed.)",
                "Both sides left.",
                "[They may return.]",
                "Nobody knows.",
            ],
        );
    }

    // --- What may start the next sentence ------------------------------------

    #[test]
    fn digit_dash_and_opening_quote_start_sentences() {
        check(
            "The deal was signed. 2,000 troops will leave.",
            &["The deal was signed.", "2,000 troops will leave."],
        );
        check(
            "Il est parti. – Pourquoi ?",
            &["Il est parti.", "– Pourquoi ?"],
        );
        check(
            "Il est parti. « Pourquoi ? » demanda-t-elle.",
            &["Il est parti.", "« Pourquoi ? » demanda-t-elle."],
        );
        check(
            "It was over. “Why?” she asked.",
            &["It was over.", "“Why?” she asked."],
        );
    }

    #[test]
    fn lower_case_after_a_period_continues() {
        check(
            "Il a acheté du riz, du mil, etc. et il est rentré.",
            &["Il a acheté du riz, du mil, etc. et il est rentré."],
        );
        check(
            "They bought rice, millet, etc. and then went home.",
            &["They bought rice, millet, etc. and then went home."],
        );
        check(
            "Le site exemple.org. est en panne.",
            &["Le site exemple.org. est en panne."],
        );
    }

    #[test]
    fn etc_followed_by_a_capital_ends_the_sentence() {
        check(
            "Ils vendent du riz, du mil, etc. Le marché ferme tôt.",
            &["Ils vendent du riz, du mil, etc.", "Le marché ferme tôt."],
        );
        check(
            "They sell rice, millet, etc. The market closes early.",
            &["They sell rice, millet, etc.", "The market closes early."],
        );
        check(
            "On y vend de tout (riz, mil, etc.) Le marché ferme tôt.",
            &["On y vend de tout (riz, mil, etc.)", "Le marché ferme tôt."],
        );
    }

    #[test]
    fn colon_and_semicolon_do_not_end_sentences() {
        check(
            "Mali – Russie : L’alliance qui inquiète",
            &["Mali – Russie : L’alliance qui inquiète"],
        );
        check(
            "Le pays doit choisir ; Le Monde l'affirme : Paris hésite.",
            &["Le pays doit choisir ; Le Monde l'affirme : Paris hésite."],
        );
    }

    #[test]
    fn no_whitespace_no_split() {
        check(
            "Voir le site.Ensuite partir.",
            &["Voir le site.Ensuite partir."],
        );
        check(
            "Il a dit non.«Oui» dit-elle.",
            &["Il a dit non.«Oui» dit-elle."],
        );
    }

    // --- Numbers ----------------------------------------------------------------

    #[test]
    fn numbers_are_not_ends() {
        check(
            "Le budget atteint 5.000 euros et la croissance 3.5 %. La version 2.0 sort demain.",
            &[
                "Le budget atteint 5.000 euros et la croissance 3.5 %.",
                "La version 2.0 sort demain.",
            ],
        );
        check(
            "Growth reached 3.5 percent in 2023. In 2024 it fell.",
            &["Growth reached 3.5 percent in 2023.", "In 2024 it fell."],
        );
    }

    // --- Abbreviations ------------------------------------------------------------

    #[test]
    fn french_titles() {
        check(
            "M. Diallo et MM. Koné et Sow ont reçu Mme. Traoré. Ils ont parlé.",
            &[
                "M. Diallo et MM. Koné et Sow ont reçu Mme. Traoré.",
                "Ils ont parlé.",
            ],
        );
        check(
            "Le Dr. Keïta, le Pr. Sow et le Gén. Diarra sont venus. Mme Ba aussi.",
            &[
                "Le Dr. Keïta, le Pr. Sow et le Gén. Diarra sont venus.",
                "Mme Ba aussi.",
            ],
        );
    }

    #[test]
    fn english_titles_and_ranks() {
        check(
            "Mr. Smith met Mrs. Jones and Ms. Lee. Dr. Brown and Gen. Green were absent. \
             Capt. White, Lt. Black, Col. Grey and Sgt. Gray stayed in St. Louis.",
            &[
                "Mr. Smith met Mrs. Jones and Ms. Lee.",
                "Dr. Brown and Gen. Green were absent.",
                "Capt. White, Lt. Black, Col. Grey and Sgt. Gray stayed in St. Louis.",
            ],
        );
    }

    #[test]
    fn dotted_acronyms() {
        check(
            "U.S. officials met U.N. envoys and U.K. diplomats. E.U. leaders stayed home.",
            &[
                "U.S. officials met U.N. envoys and U.K. diplomats.",
                "E.U. leaders stayed home.",
            ],
        );
        check(
            "Les envoyés de l’O.N.U. Afrique et des E.-U. Washington sont partis. Rien n'a changé.",
            &[
                "Les envoyés de l’O.N.U. Afrique et des E.-U. Washington sont partis.",
                "Rien n'a changé.",
            ],
        );
    }

    #[test]
    fn months() {
        check(
            "Le 5 janv. 2024, le 3 févr. 2024 et le 9 avr. 2024 ont compté. \
             Le 14 juil. 2024, le 11 sept. 2001 et le 2 oct. 2020 aussi.",
            &[
                "Le 5 janv. 2024, le 3 févr. 2024 et le 9 avr. 2024 ont compté.",
                "Le 14 juil. 2024, le 11 sept. 2001 et le 2 oct. 2020 aussi.",
            ],
        );
        check(
            "It happened on Jan. 5, Feb. 6 and Aug. 7. On Sept. 11, Oct. 12, Nov. 13 \
             and Dec. 14 nothing did.",
            &[
                "It happened on Jan. 5, Feb. 6 and Aug. 7.",
                "On Sept. 11, Oct. 12, Nov. 13 and Dec. 14 nothing did.",
            ],
        );
    }

    #[test]
    fn reference_abbreviations() {
        check(
            "Voir p. ex. le rapport, cf. Annexe 2, vol. 3, p. 12. Fin du renvoi.",
            &[
                "Voir p. ex. le rapport, cf. Annexe 2, vol. 3, p. 12.",
                "Fin du renvoi.",
            ],
        );
        check(
            "See No. 10 and Fig. 3 in the report, e.g. Table 2. It is short.",
            &[
                "See No. 10 and Fig. 3 in the report, e.g. Table 2.",
                "It is short.",
            ],
        );
        check(
            "La ville fut fondée vers 300 av. J.-C., selon la légende. Elle a prospéré.",
            &[
                "La ville fut fondée vers 300 av. J.-C., selon la légende.",
                "Elle a prospéré.",
            ],
        );
    }

    #[test]
    fn abbreviations_that_are_also_words_end_sentences_before_capitals() {
        check(
            "Ils étaient sept. Le bilan pourrait s'alourdir.",
            &["Ils étaient sept.", "Le bilan pourrait s'alourdir."],
        );
        check(
            "La date du 11 sept. 2001 reste.",
            &["La date du 11 sept. 2001 reste."],
        );
        check(
            "Il a été arrêté pour vol. Le suspect nie.",
            &["Il a été arrêté pour vol.", "Le suspect nie."],
        );
        check(
            "Lisez le vol. 3 de la série.",
            &["Lisez le vol. 3 de la série."],
        );
        check(
            "The vote was no. The motion failed.",
            &["The vote was no.", "The motion failed."],
        );
        check(
            "The shell measured 155 mm. It exploded.",
            &["The shell measured 155 mm.", "It exploded."],
        );
        check(
            "Fighting began at 5 a.m. Police sealed the area.",
            &["Fighting began at 5 a.m.", "Police sealed the area."],
        );
    }

    #[test]
    fn abbreviation_after_opening_quote_or_bracket() {
        check(
            "Il a cité « M. Barrot » et (cf. Rapport annuel) la presse. Fin.",
            &[
                "Il a cité « M. Barrot » et (cf. Rapport annuel) la presse.",
                "Fin.",
            ],
        );
    }

    #[test]
    fn initials() {
        check(
            "G. W. Bush a reçu J.-N. Barrot et A. Koulamallah. Ils ont parlé.",
            &[
                "G. W. Bush a reçu J.-N. Barrot et A. Koulamallah.",
                "Ils ont parlé.",
            ],
        );
        check(
            "President George W. Bush met É. Philippe. He left.",
            &["President George W. Bush met É. Philippe.", "He left."],
        );
        check(
            "Le ministre a salué d’A. Diallo l'action. Fin.",
            &["Le ministre a salué d’A. Diallo l'action.", "Fin."],
        );
    }

    #[test]
    fn single_letter_abbreviations_are_case_sensitive() {
        // "m" is metres, not "M." for Monsieur.
        check(
            "He ran 100 m. Then he stopped.",
            &["He ran 100 m.", "Then he stopped."],
        );
        let splitter = SentenceSplitter::new(["p."]);
        check_with(&splitter, "Voir p. Douze.", &["Voir p. Douze."]);
        let splitter = SentenceSplitter::new(["M."]);
        check_with(
            &splitter,
            "Il a couru 100 m. Puis rien.",
            &["Il a couru 100 m.", "Puis rien."],
        );
    }

    #[test]
    fn longer_abbreviations_ignore_case() {
        let splitter = SentenceSplitter::new(["Gen."]);
        check_with(
            &splitter,
            "GEN. Tiani spoke. Then gen. Tiani left.",
            &["GEN. Tiani spoke.", "Then gen. Tiani left."],
        );
    }

    #[test]
    fn custom_list_replaces_the_builtin_one() {
        let text = "Gen. Tiani spoke. Nobody answered.";
        check_with(
            &SentenceSplitter::new(["Gen."]),
            text,
            &["Gen. Tiani spoke.", "Nobody answered."],
        );
        check_with(
            &SentenceSplitter::new([]),
            text,
            &["Gen.", "Tiani spoke.", "Nobody answered."],
        );
        // The final period is optional, whitespace and empty entries are ignored.
        check_with(
            &SentenceSplitter::new(["Gen", "", ".", "a b."]),
            text,
            &["Gen. Tiani spoke.", "Nobody answered."],
        );
        // Initials need no list.
        check_with(
            &SentenceSplitter::new([]),
            "J.-N. Barrot left. Fine.",
            &["J.-N. Barrot left.", "Fine."],
        );
    }

    #[test]
    fn builtin_list_holds_titles_before_capitals() {
        let titles = [
            "M.", "MM.", "Mme.", "Mr.", "Mrs.", "Ms.", "Dr.", "Pr.", "Gen.", "Gén.", "Col.",
            "Capt.", "Lt.", "Sgt.", "St.", "U.S.", "U.N.", "U.K.", "E.U.", "O.N.U.", "cf.",
            "J.-C.", "Sept.", "No.",
        ];
        for title in titles {
            let text = format!("Selon {title} Xavier Diallo, rien. Fin.");
            let sentence = format!("Selon {title} Xavier Diallo, rien.");
            check(&text, &[&sentence, "Fin."]);
        }
    }

    #[test]
    fn builtin_list_holds_every_abbreviation_before_digits() {
        let abbreviations = parse_abbreviations(BUILTIN_ABBREVIATIONS).unwrap();
        for abbreviation in &abbreviations {
            let text = format!("Voir {abbreviation} 12 et la suite. Fin.");
            let sentence = format!("Voir {abbreviation} 12 et la suite.");
            check(&text, &[&sentence, "Fin."]);
        }
    }

    #[test]
    fn builtin_list_has_the_required_entries() {
        let abbreviations = parse_abbreviations(BUILTIN_ABBREVIATIONS).unwrap();
        let required = [
            "M.", "MM.", "Mme.", "Mr.", "Mrs.", "Ms.", "Dr.", "Pr.", "Gen.", "Gén.", "Col.",
            "Capt.", "Lt.", "Sgt.", "St.", "U.S.", "U.N.", "U.K.", "E.U.", "O.N.U.", "janv.",
            "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "Jan.", "Feb.", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec.", "etc.", "p.", "ex.", "cf.", "vol.", "No.", "av.",
            "J.-C.",
        ];
        for entry in required {
            assert!(abbreviations.iter().any(|a| a == entry), "{entry} missing");
        }
    }

    // --- Line structure -----------------------------------------------------------

    #[test]
    fn heading_line_ends_a_sentence() {
        check(
            "Le Tchad rompt avec Paris\nLe gouvernement a annoncé la fin de l'accord. Paris se tait.",
            &[
                "Le Tchad rompt avec Paris",
                "Le gouvernement a annoncé la fin de l'accord.",
                "Paris se tait.",
            ],
        );
        check(
            "Chad ends the pact\n\nThe government announced it on Thursday.",
            &[
                "Chad ends the pact",
                "The government announced it on Thursday.",
            ],
        );
    }

    #[test]
    fn blank_line_always_ends_a_sentence() {
        check(
            "premier paragraphe sans point\n\nsecond paragraphe en minuscules",
            &[
                "premier paragraphe sans point",
                "second paragraphe en minuscules",
            ],
        );
        check(
            "first part\n \u{a0}\t\nsecond part",
            &["first part", "second part"],
        );
        check("un\u{2029}deux\u{0C}trois", &["un", "deux", "trois"]);
    }

    #[test]
    fn hard_wrapped_line_continues_before_lower_case() {
        check(
            "Le ministre a annoncé\nque les troupes partiraient. Fin.",
            &[
                "Le ministre a annoncé\nque les troupes partiraient.",
                "Fin.",
            ],
        );
        check(
            "The minister said\n   that troops would leave.",
            &["The minister said\n   that troops would leave."],
        );
    }

    #[test]
    fn line_ending_with_punctuation_then_lower_case_continues() {
        check(
            "Il a dit non !\npuis il est parti.",
            &["Il a dit non !\npuis il est parti."],
        );
        check(
            "Prices rose, etc.\nand then fell.",
            &["Prices rose, etc.\nand then fell."],
        );
        check(
            "Il est arrivé.\nLe lendemain il repartait.",
            &["Il est arrivé.", "Le lendemain il repartait."],
        );
    }

    #[test]
    fn single_line_break_before_capital_ends_even_after_abbreviation() {
        // Headings and list items win over hard wrapping: a line break before
        // anything but a lower-case letter ends the sentence.
        check(
            "Une rencontre avec M.\nBarrot",
            &["Une rencontre avec M.", "Barrot"],
        );
    }

    #[test]
    fn hashtag_lines_and_list_items() {
        check(
            "Abonnez-vous pour plus d'informations\n#Mali\n#Russie\n#sahel #TransitionMilitaire",
            &[
                "Abonnez-vous pour plus d'informations",
                "#Mali",
                "#Russie",
                "#sahel #TransitionMilitaire",
            ],
        );
        check(
            "Points clés :\n- le retrait des troupes\n- la fin de l'accord\n-",
            &[
                "Points clés :",
                "- le retrait des troupes",
                "- la fin de l'accord",
                "-",
            ],
        );
    }

    #[test]
    fn cyrillic_lines() {
        check(
            "Описание:\nMali – Russie\nПовторяем попытку...\nСкачать видео",
            &[
                "Описание:",
                "Mali – Russie",
                "Повторяем попытку...",
                "Скачать видео",
            ],
        );
        check("Он ушёл. Она осталась.", &["Он ушёл.", "Она осталась."]);
    }

    #[test]
    fn carriage_returns() {
        check(
            "Titre de l'article\r\nCorps du texte.\r\n\r\nSuite.\r\n",
            &["Titre de l'article", "Corps du texte.", "Suite."],
        );
        check(
            "ligne coupée\r\nen deux.\rFin",
            &["ligne coupée\r\nen deux.", "Fin"],
        );
    }

    #[test]
    fn ranges_exclude_surrounding_whitespace() {
        let text = "\u{feff}\u{a0}\u{202f} Bonjour. \r\n  Au revoir.\u{a0}\r\n";
        let ranges = builtin().split(text);
        assert_eq!(ranges.len(), 2);
        assert_eq!(&text[ranges[0].clone()], "Bonjour.");
        assert_eq!(&text[ranges[1].clone()], "Au revoir.");
        assert_eq!(ranges[0].start, "\u{feff}\u{a0}\u{202f} ".len());
    }

    // --- Length cap -----------------------------------------------------------------

    #[test]
    fn cap_cuts_at_last_whitespace() {
        let splitter = builtin().clone().with_max_len(10);
        check_with(
            &splitter,
            "aaaa bbbb cccc dddd",
            &["aaaa bbbb", "cccc dddd"],
        );
        check_with(
            &splitter,
            "aaaa bbbbbbbbbbbbbb",
            &["aaaa", "bbbbbbbbbb", "bbbb"],
        );
        check_with(&splitter, "aaaaaaaaaa bb", &["aaaaaaaaaa", "bb"]);
    }

    #[test]
    fn cap_cuts_on_char_boundaries_without_whitespace() {
        let splitter = builtin().clone().with_max_len(10);
        check_with(&splitter, "abcdefghijklmnop", &["abcdefghij", "klmnop"]);
        let splitter = builtin().clone().with_max_len(5);
        check_with(&splitter, "éééééé", &["éé", "éé", "éé"]);
        let splitter = builtin().clone().with_max_len(4);
        check_with(&splitter, "aé😀b", &["aé", "😀", "b"]);
    }

    #[test]
    fn default_cap_is_4096_bytes() {
        let text = "mot ".repeat(3000);
        let ranges = builtin().split(&text);
        assert_invariants(&text, &ranges, MAX_LEN);
        assert!(ranges.len() >= 3);
        assert!(ranges.iter().all(|r| r.len() <= 4096));
        assert_eq!(
            ranges[0].len(),
            4095,
            "cut at the last space before the cap"
        );
    }

    #[test]
    fn twenty_megabytes_without_a_period_is_linear() {
        let words = "mot sans point très long ".repeat(20 * 1024 * 1024 / 26);
        let glued = "é".repeat(10 * 1024 * 1024);
        for text in [&words, &glued] {
            let started = Instant::now();
            let ranges = builtin().split(text);
            let elapsed = started.elapsed();
            assert_invariants(text, &ranges, MAX_LEN);
            assert!(ranges.len() >= text.len() / 4096);
            // A quadratic algorithm would take hours here; a linear one takes
            // well under a second in release and a few in debug builds.
            assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
        }
    }

    #[test]
    fn long_run_of_periods_and_initials_is_linear() {
        let dots = "A.".repeat(2_000_000) + " B. c";
        let spaced = ". X".repeat(2_000_000);
        for text in [&dots, &spaced] {
            let started = Instant::now();
            let ranges = builtin().split(text);
            assert_invariants(text, &ranges, MAX_LEN);
            assert!(started.elapsed() < Duration::from_secs(20));
        }
    }

    // --- Parsing the list -------------------------------------------------------------

    #[test]
    fn parse_skips_comments_and_blank_lines() {
        let text = "# comment\n\nM.\n  Gen.  \r\n   # indented comment\nU.S.\n";
        assert_eq!(parse_abbreviations(text).unwrap(), ["M.", "Gen.", "U.S."]);
        assert_eq!(parse_abbreviations("").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn parse_reports_bad_lines() {
        assert_eq!(parse_abbreviations("M.\nGen\n").unwrap_err().0, 2);
        assert_eq!(parse_abbreviations("M.\n\np. ex.\n").unwrap_err().0, 3);
        assert_eq!(parse_abbreviations(".\n").unwrap_err().0, 1);
        assert_eq!(parse_abbreviations("# x\n...\n").unwrap_err().0, 2);
        let (line, message) = parse_abbreviations("Dr. # doctor\n").unwrap_err();
        assert_eq!(line, 1);
        assert!(message.contains("single token"), "{message}");
    }

    #[test]
    fn builtin_list_parses() {
        let abbreviations = parse_abbreviations(BUILTIN_ABBREVIATIONS).unwrap();
        assert!(abbreviations.len() > 100);
    }

    // --- Real text and random text -------------------------------------------------------

    #[test]
    fn corpus_files_keep_the_invariants() {
        let dir = std::env::var_os("ACTORGRAPH_CORPUS_DIR")
            .map_or_else(|| "/work/shared/corpus".into(), std::path::PathBuf::from);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipping: corpus directory {} not found", dir.display());
            return;
        };
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                eprintln!("skipping unreadable {}", path.display());
                continue;
            };
            let ranges = builtin().split(&text);
            assert_invariants(&text, &ranges, MAX_LEN);
            assert!(!ranges.is_empty(), "{} gave no sentence", path.display());
            eprintln!("{}: {} sentences", path.display(), ranges.len());
        }
    }

    /// A xorshift64 generator: enough randomness for fuzzing, no dependency.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn random_text_keeps_the_invariants() {
        const PIECES: &[&str] = &[
            "a",
            "b",
            "Z",
            "é",
            "É",
            "ß",
            "Ж",
            "ж",
            "中",
            "😀",
            " ",
            " ",
            "\u{a0}",
            "\u{202f}",
            "\t",
            "\n",
            "\n",
            "\r\n",
            "\r",
            "\n\n",
            "\u{2029}",
            "\u{feff}",
            ".",
            ".",
            "...",
            "…",
            "!",
            "?",
            "?!",
            "«",
            "»",
            "“",
            "”",
            "\"",
            "'",
            "’",
            "(",
            ")",
            "[",
            "]",
            "-",
            "–",
            ":",
            ";",
            ",",
            "M.",
            "U.S.",
            "J.-N.",
            "etc.",
            "sept.",
            "l’O.N.U.",
            "3.5",
            "12",
            "#Mali",
            "Mot",
            "mot",
        ];
        let splitters = [
            builtin().clone(),
            builtin().clone().with_max_len(16),
            builtin().clone().with_max_len(4),
            SentenceSplitter::new([]),
        ];
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5000 {
            let len = rng.below(120);
            let text: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            for splitter in &splitters {
                let ranges = splitter.split(&text);
                assert_invariants(&text, &ranges, splitter.max_len);
            }
        }
    }
}
