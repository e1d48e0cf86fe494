//! Node-link JSON, as `networkx.node_link_graph` reads it.
//!
//! The document is a directed multigraph (`"directed": true, "multigraph":
//! true`): parallel edges of different types between two actors are kept,
//! each with its type as `"key"`. Undirected types carry `"directed": false`
//! on the edge so that a reader can symmetrise them. Every edge is a flat
//! record (`source`, `target`, `type`, `weight`, ...) plus its `evidence`
//! list, so `pandas.DataFrame.from_records(doc["edges"])` gives an edge table.
//!
//! It is written by hand, not through serde, for speed: every piece of
//! evidence carries its sentence, so the document is larger than the corpus,
//! and serde_json's pretty printer, writing indentation key by key, made the
//! export nearly a tenth of a whole run. The document's shape is fixed, so
//! each key with its indentation is one constant. The bytes are those
//! `serde_json::to_writer_pretty` wrote (2-space indentation, `[]` for an
//! empty list, serde_json's escapes); the tests hold the two together.

use std::io;

use crate::{dictionary::Dictionaries, graph::ActorGraph};

/// Version of the JSON layout; bumped when a field changes meaning or goes.
pub const SCHEMA_VERSION: u32 = 1;

/// Writes `graph` as pretty-printed node-link JSON, ending with a newline.
///
/// # Errors
///
/// Any error from `out`.
pub fn write_json<W: io::Write>(
    graph: &ActorGraph,
    dicts: &Dictionaries,
    out: W,
) -> io::Result<()> {
    let mut w = JsonWriter::new(out);
    w.raw(b"{\n  \"directed\": true,\n  \"multigraph\": true,\n");
    w.raw(b"  \"graph\": {\n    \"schema_version\": ");
    w.usize(SCHEMA_VERSION as usize);
    w.raw(b",\n    \"generator\": ");
    w.str(concat!("actorgraph ", env!("CARGO_PKG_VERSION")));
    w.raw(b",\n    \"articles\": [");
    let articles = graph.articles();
    for (i, a) in articles.iter().enumerate() {
        w.item(i, b"\n      {\n        \"id\": ");
        w.str(&a.id);
        w.raw(b",\n        \"date\": ");
        match &a.date {
            Some(date) => w.str(date),
            None => w.raw(b"null"),
        }
        w.raw(b"\n      }");
        w.flush_if_full()?;
    }
    w.list_end(articles.is_empty(), b"\n    ", b"\n  },\n  \"nodes\": [");

    let nodes = graph.nodes(dicts);
    for (i, n) in nodes.iter().enumerate() {
        let a = dicts.actor(n.actor);
        w.item(i, b"\n    {\n      \"id\": ");
        w.str(&a.id);
        w.raw(b",\n      \"label\": ");
        w.str(&a.label);
        w.raw(b",\n      \"kind\": ");
        w.str(a.kind.as_str());
        w.raw(b",\n      \"mentions\": ");
        w.usize(n.mentions);
        w.raw(b",\n      \"articles\": ");
        w.usize(n.articles);
        w.raw(b"\n    }");
        w.flush_if_full()?;
    }
    w.list_end(nodes.is_empty(), b"\n  ", b",\n  \"edges\": [");

    let edges = graph.edges(dicts);
    for (i, (t, e)) in edges.iter().enumerate() {
        w.item(i, b"\n    {\n      \"source\": ");
        w.str(&dicts.actor(t.source).id);
        w.raw(b",\n      \"target\": ");
        w.str(&dicts.actor(t.target).id);
        w.raw(b",\n      \"key\": ");
        w.str(t.kind.as_str());
        w.raw(b",\n      \"type\": ");
        w.str(t.kind.as_str());
        w.raw(if t.kind.is_directed() {
            b",\n      \"directed\": true,\n      \"weight\": "
        } else {
            b",\n      \"directed\": false,\n      \"weight\": "
        });
        w.usize(e.weight);
        w.raw(b",\n      \"articles\": ");
        w.usize(e.articles);
        w.raw(b",\n      \"evidence\": [");
        for (j, v) in e.evidence.iter().enumerate() {
            w.item(j, b"\n        {\n          \"article\": ");
            w.str(&v.article);
            w.raw(b",\n          \"sentence\": ");
            w.usize(v.sentence);
            // Offsets are bytes of the article file as the user has it, ends
            // exclusive, so that `file[cue_start..cue_end]` holds the cue: a
            // UTF-8 byte order mark counts its 3 bytes, a Windows-1252
            // (Latin-1) file one byte per character, UTF-16 two bytes per
            // code unit, and a byte replaced with U+FFFD the bytes it
            // replaced. For text given as a string (the library's
            // `Extractor::analyse`), offsets are bytes of that string.
            w.raw(b",\n          \"sentence_start\": ");
            w.usize(v.sentence_span.start);
            w.raw(b",\n          \"sentence_end\": ");
            w.usize(v.sentence_span.end);
            w.raw(b",\n          \"cue\": ");
            w.str(&v.cue);
            w.raw(b",\n          \"cue_start\": ");
            w.usize(v.cue_span.start);
            w.raw(b",\n          \"cue_end\": ");
            w.usize(v.cue_span.end);
            w.raw(b",\n          \"rule\": ");
            w.str(&v.rule);
            w.raw(b",\n          \"text\": ");
            w.str(&v.text);
            w.raw(b"\n        }");
            w.flush_if_full()?;
        }
        w.list_end(e.evidence.is_empty(), b"\n      ", b"\n    }");
        w.flush_if_full()?;
    }
    w.list_end(edges.is_empty(), b"\n  ", b"\n}\n");
    w.finish()
}

/// Output gathered in memory and handed to `out` in large chunks, so that
/// the many small pieces are plain copies and cannot fail, and `out` (often a
/// `&mut dyn Write`) sees one call per chunk.
struct JsonWriter<W: io::Write> {
    buf: Vec<u8>,
    out: W,
}

/// Size at which the buffer is handed on; a record may take it a little over.
const CHUNK: usize = 1 << 16;

/// For each byte, 0 if it is written as is, else the letter after the
/// backslash of its escape (`u` for `\u00XX`): serde_json's choice of escapes.
static ESCAPE: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Whether any of the 8 bytes of `word` is below 0x20, a quote or a
/// backslash. A byte below `n` borrows into its top bit when `n` is taken
/// from every byte; a borrow can mark a wrong byte but never a clean word.
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x;
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    (below(word, 0x20) | below(quote, 1) | below(backslash, 1)) & HIGH != 0
}

impl<W: io::Write> JsonWriter<W> {
    fn new(out: W) -> Self {
        JsonWriter {
            buf: Vec::with_capacity(CHUNK + CHUNK / 4),
            out,
        }
    }

    /// Bytes already in JSON form: punctuation, keys, indentation.
    /// Starts item `index` of a list with `head` (its opening and first
    /// key), after a comma unless it is the first.
    fn item(&mut self, index: usize, head: &[u8]) {
        if index > 0 {
            self.raw(b",");
        }
        self.raw(head);
    }

    /// Closes a list, on a line of its own at `indent` unless it is empty
    /// (serde_json's `[]`), then writes `rest`.
    fn list_end(&mut self, empty: bool, indent: &[u8], rest: &[u8]) {
        if !empty {
            self.raw(indent);
        }
        self.raw(b"]");
        self.raw(rest);
    }

    fn raw(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// `s` as a JSON string. Runs of bytes that need no escape are copied
    /// whole; UTF-8 beyond ASCII needs none, since JSON text is UTF-8.
    fn str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.buf.push(b'"');
        let mut start = 0;
        // Sentences make up most of the document and seldom need an escape,
        // so they are scanned a word at a time, byte by byte only in a word
        // that holds one.
        for (n, chunk) in bytes.chunks(8).enumerate() {
            if let Ok(word) = <[u8; 8]>::try_from(chunk) {
                if !needs_escape(u64::from_ne_bytes(word)) {
                    continue;
                }
            }
            for (i, &b) in (n * 8..).zip(chunk) {
                let escape = ESCAPE[usize::from(b)];
                if escape == 0 {
                    continue;
                }
                self.buf.extend_from_slice(&bytes[start..i]);
                if escape == b'u' {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.extend_from_slice(&[
                        b'\\',
                        b'u',
                        b'0',
                        b'0',
                        HEX[usize::from(b >> 4)],
                        HEX[usize::from(b & 0xf)],
                    ]);
                } else {
                    self.buf.extend_from_slice(&[b'\\', escape]);
                }
                start = i + 1;
            }
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }

    fn usize(&mut self, n: usize) {
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    /// Hands the buffer on once it holds a chunk; called between records.
    fn flush_if_full(&mut self) -> io::Result<()> {
        if self.buf.len() >= CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn finish(mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use std::fmt;

    use serde::{
        Deserialize, Deserializer, Serialize, Serializer,
        de::{self, MapAccess, SeqAccess, Visitor},
    };

    use super::{JsonWriter, write_json};
    use crate::{ActorGraph, Dictionaries, Extractor};

    fn escaped(s: &str) -> String {
        let mut w = JsonWriter::new(Vec::new());
        w.str(s);
        String::from_utf8(w.buf).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let controls: String = (0..0x20u8).map(char::from).collect();
        let mut cases = vec![
            String::new(),
            controls.clone(),
            format!("a{controls}b"),
            "\"".into(),
            "\\".into(),
            r#"Le Mali soutient le "Niger"	\ x"#.into(),
            "\"\\\"\\\\".into(),
            "Côte d’Ivoire, 😀, \u{7f}, \u{2028}\u{2029}, \u{feff}".into(),
            "\u{1}\u{1f}\u{8}\u{c}\n\r\t".into(),
        ];
        cases.extend(controls.chars().map(String::from));
        for s in &cases {
            assert_eq!(escaped(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn words_needing_an_escape_are_found_at_any_place() {
        for filler in [b'a', 0x20, 0x80, 0xff] {
            for place in 0..8 {
                for b in 0..=255u8 {
                    let mut word = [filler; 8];
                    word[place] = b;
                    let expected = super::ESCAPE[usize::from(b)] != 0;
                    assert_eq!(super::needs_escape(u64::from_ne_bytes(word)), expected);
                }
            }
        }
    }

    #[test]
    fn escapes_are_found_wherever_they_fall_in_a_word() {
        for len in 0..20 {
            for place in 0..len {
                for c in ['"', '\\', '\u{0}', '\n', '\u{1f}', 'é'] {
                    let mut s: Vec<char> = "Le Mali soutient le Niger.".chars().take(len).collect();
                    s[place] = c;
                    let s: String = s.into_iter().collect();
                    assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }

    /// JSON parsed with its keys in the order written, so that serde_json can
    /// print it back as it would have printed the same fields itself.
    enum Tree {
        Null,
        Bool(bool),
        Number(u64),
        String(String),
        Array(Vec<Tree>),
        Object(Vec<(String, Tree)>),
    }

    impl<'de> Deserialize<'de> for Tree {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct TreeVisitor;
            impl<'de> Visitor<'de> for TreeVisitor {
                type Value = Tree;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("JSON without floats or negative numbers")
                }
                fn visit_unit<E: de::Error>(self) -> Result<Tree, E> {
                    Ok(Tree::Null)
                }
                fn visit_bool<E: de::Error>(self, b: bool) -> Result<Tree, E> {
                    Ok(Tree::Bool(b))
                }
                fn visit_u64<E: de::Error>(self, n: u64) -> Result<Tree, E> {
                    Ok(Tree::Number(n))
                }
                fn visit_str<E: de::Error>(self, s: &str) -> Result<Tree, E> {
                    Ok(Tree::String(s.to_owned()))
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
                    let mut items = Vec::new();
                    while let Some(item) = seq.next_element()? {
                        items.push(item);
                    }
                    Ok(Tree::Array(items))
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
                    let mut entries = Vec::new();
                    while let Some(entry) = map.next_entry()? {
                        entries.push(entry);
                    }
                    Ok(Tree::Object(entries))
                }
            }
            d.deserialize_any(TreeVisitor)
        }
    }

    impl Serialize for Tree {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Tree::Null => s.serialize_unit(),
                Tree::Bool(b) => s.serialize_bool(*b),
                Tree::Number(n) => s.serialize_u64(*n),
                Tree::String(v) => s.serialize_str(v),
                Tree::Array(items) => s.collect_seq(items),
                Tree::Object(entries) => s.collect_map(entries.iter().map(|(k, v)| (k, v))),
            }
        }
    }

    /// The document written, checked against serde_json reading it and
    /// printing it back.
    fn document(graph: &ActorGraph, dicts: &Dictionaries) -> serde_json::Value {
        let mut json = Vec::new();
        write_json(graph, dicts, &mut json).unwrap();
        let tree: Tree = serde_json::from_slice(&json).unwrap();
        let printed = serde_json::to_string_pretty(&tree).unwrap() + "\n";
        assert_eq!(std::str::from_utf8(&json).unwrap(), printed);
        serde_json::from_slice(&json).unwrap()
    }

    #[test]
    fn documents_are_what_serde_json_prints() {
        let x = Extractor::new(Dictionaries::builtin());
        let empty = document(&ActorGraph::new(), x.dictionaries());
        assert_eq!(empty["graph"]["articles"], serde_json::json!([]));
        assert_eq!(empty["edges"], serde_json::json!([]));

        let mut g = ActorGraph::new();
        let text = "La Russie soutient le \"Mali\"\t\\ \u{1}. Rien ici.";
        g.add_article(&x.analyse("a \"1\".txt", text), text);
        let quiet = "Le Niger, encore le Niger.";
        g.add_article(&x.analyse("b.txt", quiet), quiet);
        let doc = document(&g, x.dictionaries());
        assert_eq!(doc["graph"]["articles"][0]["date"], serde_json::Value::Null);
        let evidence = &doc["edges"][0]["evidence"][0];
        assert_eq!(evidence["article"], "a \"1\".txt");
        assert_eq!(
            evidence["text"],
            "La Russie soutient le \"Mali\"\t\\ \u{1}."
        );
    }
}
