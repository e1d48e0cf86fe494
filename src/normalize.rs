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
    /// `origin[i]` is the byte offset, in the original text, of the `char`
    /// that produced folded byte `i`. One more entry holds the original length.
    origin: Vec<u32>,
    /// Byte length of the original `char` behind folded byte `i`, so that an
    /// end offset can be mapped without looking at the original again.
    origin_len: Vec<u8>,
}

impl NormalizedText {
    /// Folds `text`. Cost: linear in the length of `text`; ASCII takes a fast
    /// path that allocates nothing but the output.
    ///
    /// Offsets are stored as `u32`, so a single text must be under 4 GiB;
    /// callers feed sentences or chunks, far below that.
    pub fn new(text: &str) -> NormalizedText {
        let mut norm = NormalizedText {
            folded: String::with_capacity(text.len()),
            origin: Vec::with_capacity(text.len() + 1),
            origin_len: Vec::with_capacity(text.len()),
        };
        for (at, ch) in text.char_indices() {
            norm.push_folded(at, ch);
        }
        norm.origin.push(text.len() as u32);
        norm
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// Maps a folded byte range `[start, end)` to the range of the original
    /// text that produced it. `start` and `end` must be at most the folded
    /// length; an empty range maps to an empty range.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let s = self.origin[start] as usize;
        if end <= start {
            return Span::new(s, s);
        }
        let last = end - 1;
        let e = self.origin[last] as usize + self.origin_len[last] as usize;
        Span::new(s, e)
    }

    /// Maps an original byte offset to the first folded byte at or after it.
    /// Used to translate sentence boundaries found on the original text.
    pub fn folded_offset(&self, original: usize) -> usize {
        // `origin` is non-decreasing, so a binary search finds the first
        // folded byte whose source starts at or after `original`.
        self.origin[..self.folded.len()].partition_point(|&o| (o as usize) < original)
    }

    fn push_str(&mut self, at: usize, src_len: usize, s: &str) {
        self.folded.push_str(s);
        for _ in 0..s.len() {
            self.origin.push(at as u32);
            self.origin_len.push(src_len as u8);
        }
    }

    fn push_char(&mut self, at: usize, src_len: usize, ch: char) {
        let mut buf = [0; 4];
        self.push_str(at, src_len, ch.encode_utf8(&mut buf));
    }

    fn push_folded(&mut self, at: usize, ch: char) {
        let src_len = ch.len_utf8();
        if ch.is_ascii() {
            let b = match ch {
                '`' => '\'',
                '\t' | '\r' | '\n' => ' ',
                c => c.to_ascii_lowercase(),
            };
            self.push_char(at, src_len, b);
            return;
        }
        if let Some(s) = fold_special(ch) {
            self.push_str(at, src_len, s);
            return;
        }
        if ch.is_whitespace() {
            self.push_char(at, src_len, ' ');
            return;
        }
        // Decompose (é -> e + U+0301), drop the marks, lower-case the rest.
        let mut pieces = [None; 4];
        let mut n = 0;
        decompose_canonical(ch, |c| {
            if !is_combining_mark(c) && n < pieces.len() {
                pieces[n] = Some(c);
                n += 1;
            }
        });
        for c in pieces.iter().flatten() {
            for lower in c.to_lowercase() {
                self.push_char(at, src_len, lower);
            }
        }
    }
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
}
