//! The little XML both GraphML and GEXF need: escaping text and attribute
//! values. Output is UTF-8; characters XML 1.0 forbids (most C0 controls)
//! are dropped, since a scraped article may hold them.

/// Escapes `s` for use in XML text or a double-quoted attribute.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            super::escape("a<b & \"c\" 'd'\u{1}é"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;é"
        );
    }
}
