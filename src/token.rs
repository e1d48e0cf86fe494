//! Tokens of a folded sentence: words and punctuation marks, with offsets.
//!
//! The relation rules count distances and find clause edges in tokens, not
//! bytes, so that "la Russie" and "the Russian Federation" are near their cue
//! whatever their length. Tokens are found on folded text (see
//! [`crate::normalize`]), where every apostrophe is `'` and every space is
//! ` `. Whitespace is not a token.

use crate::normalize::word_end;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters and digits.
    Word,
    /// One punctuation or symbol character.
    Punct(char),
}

/// One token of a folded text: its kind and byte range in the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Word or punctuation.
    pub kind: TokenKind,
    /// First byte, in the folded text.
    pub start: usize,
    /// One past the last byte, in the folded text.
    pub end: usize,
}

impl Token {
    /// Whether this is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Splits a folded text into words and punctuation marks.
///
/// # Example
///
/// ```
/// use actorgraph::token::{tokenize, TokenKind};
///
/// let toks = tokenize("l'armee, 5 000");
/// let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
/// assert_eq!(kinds, [
///     TokenKind::Word, TokenKind::Punct('\''), TokenKind::Word,
///     TokenKind::Punct(','), TokenKind::Word, TokenKind::Word,
/// ]);
/// ```
pub fn tokenize(folded: &str) -> Vec<Token> {
    let bytes = folded.as_bytes();
    let mut tokens = Vec::with_capacity(folded.len() / 5 + 1);
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        // Spaces, the most frequent non-word byte, are skipped first.
        if b == b' ' {
            at += 1;
            continue;
        }
        let mut end = word_end(folded, at);
        // "1,000 soldiers", "3.5 million": a separator between digits is
        // part of the number, not a clause comma.
        while end > at
            && bytes[end - 1].is_ascii_digit()
            && matches!(bytes.get(end), Some(b',' | b'.'))
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        {
            end = word_end(folded, end + 1);
        }
        if end > at {
            tokens.push(Token {
                kind: TokenKind::Word,
                start: at,
                end,
            });
            at = end;
            continue;
        }
        let c = if b.is_ascii() {
            b as char
        } else {
            folded[at..].chars().next().expect("a char starts here")
        };
        let len = c.len_utf8();
        if !c.is_whitespace() {
            tokens.push(Token {
                kind: TokenKind::Punct(c),
                start: at,
                end: at + len,
            });
        }
        at += len;
    }
    tokens
}

/// Index of the token that starts at or after folded byte `at`.
pub(crate) fn token_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.start < at)
}

/// Index one past the last token that ends at or before folded byte `at`.
pub(crate) fn token_end(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.end <= at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::is_word_char;

    /// The tokenizer as first written, a char at a time.
    fn reference(folded: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut word_start = None;
        let bytes = folded.as_bytes();
        for (i, c) in folded.char_indices() {
            let in_number = word_start.is_some()
                && matches!(c, ',' | '.')
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if is_word_char(c) || in_number {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(s) = word_start.take() {
                tokens.push(Token {
                    kind: TokenKind::Word,
                    start: s,
                    end: i,
                });
            }
            if !c.is_whitespace() {
                tokens.push(Token {
                    kind: TokenKind::Punct(c),
                    start: i,
                    end: i + c.len_utf8(),
                });
            }
        }
        if let Some(s) = word_start {
            tokens.push(Token {
                kind: TokenKind::Word,
                start: s,
                end: folded.len(),
            });
        }
        tokens
    }

    #[test]
    fn numbers_keep_their_separators() {
        let words = |text: &str| -> Vec<String> {
            tokenize(text)
                .iter()
                .map(|t| text[t.start..t.end].to_string())
                .collect()
        };
        assert_eq!(
            words("about 1,000 soldiers"),
            ["about", "1,000", "soldiers"]
        );
        assert_eq!(words("3.5 million, then"), ["3.5", "million", ",", "then"]);
        assert_eq!(
            words("en 2023, le mali."),
            ["en", "2023", ",", "le", "mali", "."]
        );
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_reference() {
        let alphabet: Vec<char> = "ab Z09 \t\u{b}\u{c}'-.,;«»éœ\u{a0}\u{301}٣Ω🙂…"
            .chars()
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 30) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            assert_eq!(tokenize(&text), reference(&text), "tokenizing {text:?}");
        }
    }
}
