//! Text normalisation: the folded form every dictionary and cue is matched
//! against, with a map back to the bytes of the original text.
//!
//! Folding is lossy on purpose: case, accents, ligatures, apostrophe and
//! space variants all disappear, so that "Algérie", "ALGERIE" and "algerie"
//! are the same string and "l’armée" matches a cue written "l'armee". It is
//! done one `char` at a time, so it never reorders text and every output byte
//! can be traced back to the input `char` it came from. That trace is what
//! keeps evidence offsets true to the article the user has.
//!
//! This module does not segment, tokenize or detect language; see
//! [`crate::sentence`] and [`crate::token`].

use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::span::Span;

/// A folded copy of a text together with a map from folded bytes back to the
/// original text's byte offsets.
///
/// # Example
///
/// ```
/// use actorgraph::NormalizedText;
///
/// let text = "L’Algérie et l'ŒUVRE";
/// let norm = NormalizedText::new(text);
/// assert_eq!(norm.as_str(), "l'algerie et l'oeuvre");
/// // "algerie" in the folded text is "Algérie" in the original.
/// let start = norm.as_str().find("algerie").unwrap();
/// let span = norm.original_span(start, start + "algerie".len());
/// assert_eq!(&text[span.start..span.end], "Algérie");
/// ```
#[derive(Debug, Clone, Default)]
pub struct NormalizedText {
    folded: String,
    /// The non-ASCII chars of the original, in order. ASCII folds to one
    /// byte at the same relative place, so between two of these the folded
    /// and original offsets differ by a constant; only the chars that break
    /// that are recorded, which keeps the map small and folding fast.
    changes: Vec<Change>,
    /// Byte length of the original text.
    original_len: u32,
}

/// A non-ASCII char of the original and the folded bytes it became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    /// Offset of its folded bytes.
    folded: u32,
    /// Offset of the char in the original.
    original: u32,
    /// Number of folded bytes (0 for a dropped zero-width char).
    folded_len: u8,
    /// Byte length of the original char.
    original_len: u8,
}

impl NormalizedText {
    /// Folds `text`. Cost: linear in the length of `text`; runs of ASCII are
    /// folded with a table lookup per byte and nothing else, and a non-ASCII
    /// char costs one entry in the offset map.
    ///
    /// Offsets are stored as `u32`, so a single text must be under 4 GiB;
    /// callers feed sentences or chunks, far below that.
    pub fn new(text: &str) -> NormalizedText {
        let bytes = text.as_bytes();
        let mut folded: Vec<u8> = Vec::with_capacity(text.len());
        let mut changes = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let run = ascii_len(&bytes[at..]);
            if run > 0 {
                let end = at + run;
                folded.extend(bytes[at..end].iter().map(|&b| ASCII_FOLD[b as usize]));
                at = end;
                continue;
            }
            let ch = text[at..].chars().next().expect("a char starts here");
            let mut buf = [0; MAX_FOLDED];
            let out = fold_char(ch, &mut buf);
            changes.push(Change {
                folded: folded.len() as u32,
                original: at as u32,
                folded_len: out.len() as u8,
                original_len: ch.len_utf8() as u8,
            });
            folded.extend_from_slice(out);
            at += ch.len_utf8();
        }
        NormalizedText {
            // Every piece pushed is the UTF-8 of whole chars.
            folded: String::from_utf8(folded).expect("folding yields UTF-8"),
            changes,
            original_len: text.len() as u32,
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// Maps a folded byte range `[start, end)` to the range of the original
    /// text that produced it. `start` and `end` must be at most the folded
    /// length; an empty range maps to an empty range. Cost: logarithmic in
    /// the number of non-ASCII chars.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let (s, _) = self.origin(start);
        if end <= start {
            return Span::new(s, s);
        }
        let (last, len) = self.origin(end - 1);
        Span::new(s, last + len)
    }

    /// Maps an original byte offset to the first folded byte at or after it.
    /// Used to translate sentence boundaries found on the original text.
    pub fn folded_offset(&self, original: usize) -> usize {
        let folded_len = self.folded.len();
        // The last non-ASCII char that starts before `original`: after it,
        // up to the next one, offsets move together.
        let i = self
            .changes
            .partition_point(|c| (c.original as usize) < original);
        let Some(c) = i.checked_sub(1).map(|i| self.changes[i]) else {
            return original.min(folded_len);
        };
        let after_folded = c.folded as usize + c.folded_len as usize;
        let after_original = c.original as usize + c.original_len as usize;
        (after_folded + original.saturating_sub(after_original)).min(folded_len)
    }

    /// The original offset and length of the char behind folded byte `i`; at
    /// the folded length, the original length and 0.
    fn origin(&self, i: usize) -> (usize, usize) {
        // The last change at or before `i`: `i` is one of its bytes, or in
        // the ASCII run after it.
        let k = self.changes.partition_point(|c| c.folded as usize <= i);
        let (run_folded, run_original) = match k.checked_sub(1).map(|k| self.changes[k]) {
            Some(c) if i < c.folded as usize + c.folded_len as usize => {
                return (c.original as usize, c.original_len as usize);
            }
            Some(c) => (
                c.folded as usize + c.folded_len as usize,
                c.original as usize + c.original_len as usize,
            ),
            None => (0, 0),
        };
        let at = run_original + (i - run_folded);
        let len = if at < self.original_len as usize {
            1
        } else {
            0
        };
        (at, len)
    }
}

/// The length of the ASCII prefix of `bytes`. Text is mostly ASCII, so this
/// looks at 16 bytes per step before finding the exact place byte by byte.
pub(crate) fn ascii_len(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    for chunk in bytes.chunks_exact(16) {
        let (a, b) = chunk.split_at(8);
        let a = u64::from_ne_bytes(a.try_into().expect("8 bytes"));
        let b = u64::from_ne_bytes(b.try_into().expect("8 bytes"));
        if (a | b) & HIGH != 0 {
            break;
        }
        at += 16;
    }
    at + bytes[at..]
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len() - at)
}

/// The folding of each ASCII byte: lower case, tab and line breaks to a
/// space, the backtick to an apostrophe.
static ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'`' => b'\'',
            b'\t' | b'\r' | b'\n' => b' ',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    table
};

/// The most bytes one `char` folds to: a decomposition keeps at most four
/// base characters, each at most four bytes once lower-cased, and lower-casing
/// gives at most three chars.
const MAX_FOLDED: usize = 48;

/// Non-ASCII chars below this code point are folded once and looked up: they
/// are the accented Latin letters, spaces and punctuation of French and
/// English text.
const CACHED_BELOW: u32 = 0x2100;

/// The folding of a non-ASCII char below [`CACHED_BELOW`]: up to 8 bytes.
#[derive(Clone, Copy)]
struct Cached {
    len: u8,
    bytes: [u8; 8],
}

fn cache() -> &'static [Cached] {
    static CACHE: OnceLock<Vec<Cached>> = OnceLock::new();
    CACHE.get_or_init(|| {
        (0..CACHED_BELOW)
            .map(|cp| {
                let mut entry = Cached {
                    len: u8::MAX,
                    bytes: [0; 8],
                };
                if let Some(ch) = char::from_u32(cp) {
                    let mut buf = [0; MAX_FOLDED];
                    let out = fold_char_uncached(ch, &mut buf);
                    if out.len() <= entry.bytes.len() {
                        entry.len = out.len() as u8;
                        entry.bytes[..out.len()].copy_from_slice(out);
                    }
                }
                entry
            })
            .collect()
    })
}

/// Folds one char into `buf` and returns the bytes written.
fn fold_char(ch: char, buf: &mut [u8; MAX_FOLDED]) -> &[u8] {
    if let Some(entry) = cache().get(ch as usize).filter(|e| e.len != u8::MAX) {
        let n = entry.len as usize;
        buf[..n].copy_from_slice(&entry.bytes[..n]);
        return &buf[..n];
    }
    fold_char_uncached(ch, buf)
}

/// Folds one char the slow way: specials, spaces, then canonical
/// decomposition without marks, lower-cased.
fn fold_char_uncached(ch: char, buf: &mut [u8; MAX_FOLDED]) -> &[u8] {
    let mut n = 0;
    let mut push = |c: char, buf: &mut [u8; MAX_FOLDED]| {
        n += c.encode_utf8(&mut buf[n..]).len();
    };
    if ch.is_ascii() {
        push(ASCII_FOLD[ch as usize] as char, buf);
        return &buf[..n];
    }
    if let Some(s) = fold_special(ch) {
        buf[..s.len()].copy_from_slice(s.as_bytes());
        return &buf[..s.len()];
    }
    if ch.is_whitespace() {
        push(' ', buf);
        return &buf[..n];
    }
    // Decompose (é -> e + U+0301), drop the marks, lower-case the rest.
    let mut pieces = [None; 4];
    let mut k = 0;
    decompose_canonical(ch, |c| {
        if !is_combining_mark(c) && k < pieces.len() {
            pieces[k] = Some(c);
            k += 1;
        }
    });
    for c in pieces.iter().flatten() {
        for lower in c.to_lowercase() {
            push(lower, buf);
        }
    }
    &buf[..n]
}

/// Characters whose folding is not a canonical decomposition: typographic
/// apostrophes and hyphens, ligatures that NFKD leaves alone, and zero-width
/// characters that would otherwise split words.
fn fold_special(ch: char) -> Option<&'static str> {
    Some(match ch {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '\u{02B9}' => "'",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => "-",
        '\u{0153}' | '\u{0152}' => "oe",
        '\u{00E6}' | '\u{00C6}' => "ae",
        '\u{00DF}' => "ss",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        _ => return None,
    })
}

/// Folds a dictionary entry or cue the same way as article text, without
/// keeping the offset map.
pub fn fold(s: &str) -> String {
    NormalizedText::new(s).folded
}

/// Whether `c` belongs to a word. Apostrophes and hyphens do not: "l'armee"
/// is two words and "Paris-based" holds the word "Paris".
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The end of the run of word characters that starts at byte `at` of `s` (a
/// char boundary): `at` itself if no word character starts there. ASCII is
/// classified from the byte, without decoding.
#[inline]
pub(crate) fn word_end(s: &str, mut at: usize) -> usize {
    let bytes = s.as_bytes();
    loop {
        match bytes.get(at).map(|&b| BYTE_CLASS[b as usize]) {
            Some(ByteClass::Word) => at += 1,
            Some(ByteClass::NonAscii) => match s[at..].chars().next() {
                Some(c) if is_word_char(c) => at += c.len_utf8(),
                _ => return at,
            },
            Some(ByteClass::Other) | None => return at,
        }
    }
}

/// What a byte says about whether a word character starts there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// An ASCII letter or digit.
    Word,
    /// Any other ASCII byte.
    Other,
    /// A byte of a non-ASCII char: decode to know.
    NonAscii,
}

static BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            ByteClass::Word
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(
            NormalizedText::new(input).as_str(),
            expected,
            "folding {input:?}"
        );
    }

    #[test]
    fn ascii_len_finds_the_first_non_ascii_byte() {
        let text = "Le Mali et l'Algérie, 2024: un partenariat à l'épreuve.";
        for start in 0..text.len() {
            let bytes = &text.as_bytes()[start..];
            let want = bytes
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(bytes.len());
            assert_eq!(ascii_len(bytes), want, "from {start}");
        }
        assert_eq!(ascii_len(b""), 0);
        assert_eq!(ascii_len(&[b'a'; 40]), 40);
    }

    #[test]
    fn folds_case_accents_and_ligatures() {
        check("Algérie", "algerie");
        check("ÉTATS-UNIS", "etats-unis");
        check("Œil cœur Æ", "oeil coeur ae");
        check("Côte d’Ivoire", "cote d'ivoire");
        check("Goïta", "goita");
        check("Türkiye", "turkiye");
    }

    #[test]
    fn nfd_input_folds_like_nfc() {
        let nfd = "E\u{301}tats";
        check(nfd, "etats");
        assert_eq!(fold(nfd), fold("États"));
    }

    #[test]
    fn folds_spaces_and_apostrophes() {
        check("a\u{a0}b\u{202f}c\u{2009}d", "a b c d");
        check("l’ l‘ lʼ l'", "l' l' l' l'");
        check("pro\u{2011}russe", "pro-russe");
        check("a\u{200b}b", "ab");
    }

    #[test]
    fn offsets_point_into_original() {
        let text = "Le Kremlin soutient l’Algérie et Bamako.";
        let norm = NormalizedText::new(text);
        for word in ["kremlin", "algerie", "bamako", "l'"] {
            let s = norm.as_str().find(word).unwrap();
            let span = norm.original_span(s, s + word.len());
            assert_eq!(fold(&text[span.start..span.end]), word);
        }
    }

    #[test]
    fn expanded_chars_map_to_whole_source_char() {
        let text = "xœy";
        let norm = NormalizedText::new(text);
        assert_eq!(norm.as_str(), "xoey");
        let span = norm.original_span(1, 3);
        assert_eq!(&text[span.start..span.end], "œ");
        assert_eq!(norm.folded_offset(1), 1);
        assert_eq!(norm.folded_offset(3), 3);
        assert_eq!(norm.folded_offset(text.len()), 4);
    }

    #[test]
    fn any_char_keeps_offsets_on_boundaries() {
        let text = "Ǆ ﬃ İ ﬀ 🙂 Ω ẞ Ⅻ \u{301}é";
        let norm = NormalizedText::new(text);
        for i in 0..norm.as_str().len() {
            let span = norm.original_span(i, i + 1);
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }

    /// The folding as first written, one char at a time with no cache: the
    /// fast paths must give the same text and the same offsets.
    fn reference(text: &str) -> (String, Vec<u32>, Vec<u8>) {
        let (mut folded, mut origin, mut origin_len) = (String::new(), Vec::new(), Vec::new());
        for (at, ch) in text.char_indices() {
            let mut buf = [0; MAX_FOLDED];
            let out = std::str::from_utf8(fold_char_uncached(ch, &mut buf))
                .unwrap()
                .to_string();
            for _ in 0..out.len() {
                origin.push(at as u32);
                origin_len.push(ch.len_utf8() as u8);
            }
            folded.push_str(&out);
        }
        origin.push(text.len() as u32);
        (folded, origin, origin_len)
    }

    #[test]
    fn fast_paths_agree_with_the_reference() {
        // A small deterministic generator: ASCII, Latin letters, spaces and
        // punctuation of every kind, combining marks and far code points.
        let alphabet: Vec<char> =
            "aZ09 \t\r\n`'.-éÉèçÇœŒæßﬁ’‘ʼ\u{a0}\u{202f}\u{2009}\u{200b}\u{301}İǄ🙂Ωẞ€«»…"
                .chars()
                .chain((0x80..0x2200).step_by(7).filter_map(char::from_u32))
                .collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let norm = NormalizedText::new(&text);
            let (folded, origin, origin_len) = reference(&text);
            assert_eq!(norm.folded, folded, "folding {text:?}");
            for i in 0..folded.len() {
                assert_eq!(
                    norm.origin(i),
                    (origin[i] as usize, origin_len[i] as usize),
                    "origin of byte {i} of {text:?}"
                );
                for j in i..=folded.len() {
                    let (s, e) = if j > i {
                        (origin[i], origin[j - 1] + origin_len[j - 1] as u32)
                    } else {
                        (origin[i], origin[i])
                    };
                    assert_eq!(norm.original_span(i, j), Span::new(s as usize, e as usize));
                }
            }
            assert_eq!(
                norm.original_span(folded.len(), folded.len()).start,
                text.len()
            );
            for at in 0..=text.len() {
                // The old map: the first folded byte whose source starts at
                // or after `at`.
                let expected = origin[..folded.len()].partition_point(|&o| (o as usize) < at);
                assert_eq!(
                    norm.folded_offset(at),
                    expected,
                    "folded_offset({at}) in {text:?}"
                );
            }
        }
    }
}
