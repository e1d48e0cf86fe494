//! Reading articles: bytes in, text out, or a reason to skip.
//!
//! Files scraped from the web are not always clean UTF-8. This module turns
//! bytes into the UTF-8 text the pipeline reads, and remembers where every
//! piece of that text came from, so that evidence offsets can be given in
//! bytes of the file the user has:
//!
//! * a byte order mark is dropped: UTF-8 (`EF BB BF`) or UTF-16 (`FF FE`,
//!   `FE FF`, decoded with `encoding_rs`);
//! * a file whose first mebibyte holds a NUL byte, or that starts like a PDF,
//!   an image or an archive, is binary and skipped ([`Opened::Binary`]);
//! * text is UTF-8 until proven otherwise: at the first non-ASCII byte, if the
//!   next 64 KiB hold invalid UTF-8 and (almost) no valid multi-byte sequence,
//!   the file is Windows-1252 (the superset of Latin-1 that French pages
//!   use), decoded with `encoding_rs`;
//! * bytes invalid in the chosen encoding (a stray byte in UTF-8, the five
//!   bytes Windows-1252 leaves undefined, a NUL past the first mebibyte) are
//!   replaced with U+FFFD and counted, and [`TextReader::warning`] names the
//!   first one's byte offset.
//!
//! Input is read in pieces of about [`PIECE`] bytes ([`TextReader`]), so a
//! file of any size is decoded in bounded memory; [`OffsetMap`] maps offsets
//! in the decoded text back to offsets in the input. [`decode`] and [`read`]
//! do the same for a whole input at once.
//!
//! This module does not walk directories, choose article ids or analyse text
//! (see [`crate::extractor::Extractor::analyse_reader`]).

use std::{
    fmt,
    fs::File,
    io::{self, Read},
    path::Path,
};

use crate::{
    error::{Error, Result},
    normalize::ascii_len,
    span::Span,
};

/// Bytes of input read and decoded at a time. The first piece decides
/// whether the input is binary.
pub const PIECE: usize = 1 << 20;

/// How many bytes after the first non-ASCII byte are looked at to choose
/// between UTF-8 and Windows-1252.
const SNIFF: usize = 64 * 1024;

/// The encodings an input can be read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 (also pure ASCII).
    Utf8,
    /// Windows-1252, which includes Latin-1's printable characters.
    Windows1252,
    /// UTF-16, little-endian (only with its byte order mark).
    Utf16Le,
    /// UTF-16, big-endian (only with its byte order mark).
    Utf16Be,
}

impl Encoding {
    /// The encoding's usual label: `utf-8`, `windows-1252`, `utf-16le`,
    /// `utf-16be`.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Maps byte offsets in decoded text back to byte offsets in the input.
///
/// The map is a list of points where the relation between the two changes;
/// between two points, decoded offsets map linearly (one input byte per
/// decoded byte, or two for ASCII in UTF-16). UTF-8 input without invalid
/// bytes needs one point (the size of the byte order mark), Windows-1252
/// one after each non-ASCII character. Offsets inside a character are not
/// meaningful; spans are always on character boundaries.
///
/// # Example
///
/// ```
/// use actorgraph::input::decode_with_map;
///
/// // "Algérie" in Windows-1252: é is one byte in the file, two in UTF-8.
/// let (text, map) = decode_with_map(b"L'Alg\xE9rie.".to_vec()).unwrap();
/// assert_eq!(text, "L'Algérie.");
/// let end = text.len(); // 11 bytes of UTF-8
/// assert_eq!(map.source(end), 10); // 10 bytes in the file
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OffsetMap {
    /// Sorted by `decoded`; the first point is at or before every offset
    /// asked for.
    points: Vec<Point>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Point {
    decoded: usize,
    source: usize,
    /// Input bytes per decoded byte from this point on.
    scale: usize,
}

impl Default for OffsetMap {
    fn default() -> OffsetMap {
        OffsetMap::shifted(0)
    }
}

impl OffsetMap {
    /// The map of text read as it is: every offset maps to itself.
    pub fn identity() -> OffsetMap {
        OffsetMap::default()
    }

    /// The map of text that starts `by` bytes into its input (after a byte
    /// order mark, say).
    pub fn shifted(by: usize) -> OffsetMap {
        OffsetMap {
            points: vec![Point {
                decoded: 0,
                source: by,
                scale: 1,
            }],
        }
    }

    /// The input offset of decoded offset `decoded`. Cost: a binary search
    /// over the points.
    pub fn source(&self, decoded: usize) -> usize {
        let i = self.points.partition_point(|p| p.decoded <= decoded);
        let p = self.points[i.saturating_sub(1)];
        // Before the first point (only after `forget_before`), extrapolate.
        match decoded.checked_sub(p.decoded) {
            Some(d) => p.source + d * p.scale,
            None => p.source.saturating_sub((p.decoded - decoded) * p.scale),
        }
    }

    /// The input span of a decoded span.
    pub fn source_span(&self, span: Span) -> Span {
        Span::new(self.source(span.start), self.source(span.end))
    }

    /// Records that decoded offset `decoded` is input offset `source`, with
    /// `scale` input bytes per decoded byte after it. Points that lie on
    /// the line of the last one are not stored.
    fn push(&mut self, decoded: usize, source: usize, scale: usize) {
        if let Some(last) = self.points.last() {
            let on_line = decoded >= last.decoded
                && last.source + (decoded - last.decoded) * last.scale == source
                && last.scale == scale;
            if on_line {
                return;
            }
            if last.decoded == decoded {
                self.points.pop();
            }
        }
        self.points.push(Point {
            decoded,
            source,
            scale,
        });
    }

    /// Drops the points no offset at or after `decoded` needs, so that a map
    /// kept across the pieces of a long input stays small.
    pub fn forget_before(&mut self, decoded: usize) {
        let keep_from = self
            .points
            .partition_point(|p| p.decoded <= decoded)
            .saturating_sub(1);
        self.points.drain(..keep_from);
    }
}

/// Bytes replaced with U+FFFD while decoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Invalid {
    /// Input offset of the first replaced byte.
    pub first: usize,
    /// How many replacements were made.
    pub count: usize,
}

/// The result of opening an input: text to read, or the reason to skip it.
#[derive(Debug)]
pub enum Opened<R> {
    /// The input is text.
    Text(TextReader<R>),
    /// The input is not text; the reason, e.g. `binary file (NUL byte at
    /// offset 10)`.
    Binary(String),
}

/// Decodes an input piece by piece; see the module documentation for the
/// rules. Built by [`TextReader::sniff`] or [`open`].
///
/// # Example
///
/// ```
/// use actorgraph::input::{Encoding, OffsetMap, Opened, TextReader};
///
/// let bytes: &[u8] = b"\xEF\xBB\xBFLe Mali.";
/// let Opened::Text(mut reader) = TextReader::sniff(bytes)? else { unreachable!() };
/// let (mut text, mut map) = (String::new(), OffsetMap::identity());
/// while reader.next_piece(&mut text, &mut map)? {}
/// assert_eq!(text, "Le Mali.");
/// assert_eq!(reader.encoding(), Encoding::Utf8);
/// assert_eq!(map.source(3), 6); // "Mali" is 3 bytes into the text, 6 into the file
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct TextReader<R> {
    inner: R,
    /// Input bytes read but not yet decoded.
    pending: Vec<u8>,
    eof: bool,
    mode: Mode,
    bom: usize,
    /// Input offset of `pending[0]`.
    source: usize,
    /// Bytes of text produced so far.
    decoded: usize,
    invalid: Option<Invalid>,
}

impl<R> fmt::Debug for TextReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TextReader")
            .field("encoding", &self.encoding())
            .field("bom", &self.bom)
            .field("source", &self.source)
            .field("decoded", &self.decoded)
            .field("invalid", &self.invalid)
            .finish_non_exhaustive()
    }
}

enum Mode {
    /// Only ASCII so far, where UTF-8 and Windows-1252 agree.
    Ascii,
    Utf8,
    Windows1252,
    Utf16(encoding_rs::Decoder, Encoding),
}

/// Characters Windows-1252 leaves undefined, which `encoding_rs` (following
/// the WHATWG standard) decodes to C1 controls: no text has them.
fn undefined_in_1252(c: char) -> bool {
    matches!(c, '\u{81}' | '\u{8D}' | '\u{8F}' | '\u{90}' | '\u{9D}')
}

/// Constructors.
impl<R: Read> TextReader<R> {
    /// Reads the first piece of `inner` and decides whether it is text.
    ///
    /// # Errors
    ///
    /// Any error from `inner`.
    pub fn sniff(inner: R) -> io::Result<Opened<R>> {
        TextReader::sniff_sized(inner, None)
    }

    /// [`TextReader::sniff`], for an input of about `size` bytes if known:
    /// a news article is a few kilobytes, and a buffer of a whole piece for
    /// each of a corpus's files cost more than reading them.
    ///
    /// # Errors
    ///
    /// Any error from `inner`.
    pub fn sniff_sized(inner: R, size: Option<u64>) -> io::Result<Opened<R>> {
        // One byte more than the size, so that reading finds the end
        // without growing the buffer.
        let capacity = size.map_or(PIECE, |n| {
            usize::try_from(n).map_or(PIECE, |n| n.saturating_add(1).min(PIECE))
        });
        let mut reader = TextReader {
            inner,
            pending: Vec::with_capacity(capacity),
            eof: false,
            mode: Mode::Ascii,
            bom: 0,
            source: 0,
            decoded: 0,
            invalid: None,
        };
        reader.fill()?;
        let head = &reader.pending;
        let (bom, mode) = if head.starts_with(b"\xEF\xBB\xBF") {
            (3, Mode::Ascii)
        } else if head.starts_with(b"\xFF\xFE") {
            let d = encoding_rs::UTF_16LE.new_decoder_without_bom_handling();
            (2, Mode::Utf16(d, Encoding::Utf16Le))
        } else if head.starts_with(b"\xFE\xFF") {
            let d = encoding_rs::UTF_16BE.new_decoder_without_bom_handling();
            (2, Mode::Utf16(d, Encoding::Utf16Be))
        } else {
            (0, Mode::Ascii)
        };
        if matches!(mode, Mode::Ascii)
            && let Some(why) = binary_reason(&head[bom..])
        {
            return Ok(Opened::Binary(why));
        }
        reader.pending.drain(..bom);
        reader.bom = bom;
        reader.source = bom;
        reader.mode = mode;
        Ok(Opened::Text(reader))
    }
}

/// Reading.
impl<R: Read> TextReader<R> {
    /// Decodes the next piece of input (about [`PIECE`] bytes), appends its
    /// text to `text` and its offsets to `map`, whose decoded offsets count
    /// from the start of the input's text. Returns `false`, appending
    /// nothing, once the input is exhausted.
    ///
    /// Pieces end on character boundaries, and where they end depends only
    /// on the input's bytes, never on how the underlying reader splits them.
    ///
    /// # Errors
    ///
    /// Any error from the underlying reader.
    pub fn next_piece(&mut self, text: &mut String, map: &mut OffsetMap) -> io::Result<bool> {
        if self.pending.is_empty() {
            if self.eof {
                return Ok(false);
            }
            self.fill()?;
            if self.pending.is_empty() {
                return Ok(false);
            }
        }
        if self.decoded == 0 {
            // ASCII in UTF-16 takes two bytes a character.
            let scale = if matches!(self.mode, Mode::Utf16(..)) {
                2
            } else {
                1
            };
            map.push(0, self.source, scale);
        }
        let before = text.len();
        let used = self.decode(text, map);
        self.pending.drain(..used);
        self.source += used;
        self.decoded += text.len() - before;
        if !self.eof && self.pending.len() < PIECE {
            self.fill()?;
        }
        Ok(true)
    }

    /// Reads until `pending` holds a whole piece or the input ends. The
    /// buffer is sized once, so reads of any size cost linear time.
    fn fill(&mut self) -> io::Result<()> {
        let len = self.pending.len();
        if len >= PIECE || self.eof {
            return Ok(());
        }
        let want = (PIECE - len) as u64;
        // `read_to_end` appends into spare capacity: zero-filling a whole
        // piece first cost more than the analysis on a corpus of small files.
        let got = (&mut self.inner)
            .take(want)
            .read_to_end(&mut self.pending)?;
        if (got as u64) < want {
            self.eof = true;
        }
        Ok(())
    }
}

/// Decoding, one piece at a time.
impl<R> TextReader<R> {
    /// Decodes as much of `pending` as can be, returning how many bytes were
    /// used: all but an incomplete character at the end, unless the input
    /// has ended.
    fn decode(&mut self, text: &mut String, map: &mut OffsetMap) -> usize {
        let last = self.eof;
        let start = text.len();
        let mut used = 0;
        loop {
            let bytes = &self.pending[used..];
            let at = Cursor {
                source: self.source + used,
                decoded: self.decoded + text.len() - start,
            };
            let (n, done) = match &mut self.mode {
                Mode::Ascii => {
                    let run = ascii_len(bytes);
                    let ascii = (run < bytes.len()).then_some(run);
                    let run_text = std::str::from_utf8(&bytes[..run]).unwrap_or_default();
                    push_utf8(run_text, at, text, map, &mut self.invalid);
                    match ascii {
                        None => (run, true),
                        Some(_) => match looks_like_utf8(&bytes[run..], last) {
                            Some(true) => {
                                self.mode = Mode::Utf8;
                                (run, false)
                            }
                            Some(false) => {
                                self.mode = Mode::Windows1252;
                                (run, false)
                            }
                            // Too little to tell: wait for more input.
                            None => (run, true),
                        },
                    }
                }
                Mode::Utf8 => (
                    decode_utf8(bytes, last, at, text, map, &mut self.invalid),
                    true,
                ),
                Mode::Windows1252 => {
                    decode_1252(bytes, at, text, map, &mut self.invalid);
                    (bytes.len(), true)
                }
                Mode::Utf16(decoder, encoding) => {
                    let big_endian = *encoding == Encoding::Utf16Be;
                    let n = decode_utf16(decoder, big_endian, bytes, last, at, text, map);
                    (n, true)
                }
            };
            used += n;
            if done {
                return used;
            }
        }
    }
}

/// Introspection.
impl<R> TextReader<R> {
    /// The encoding the input is read in. Until a non-ASCII byte is seen it
    /// is UTF-8, which ASCII is.
    pub fn encoding(&self) -> Encoding {
        match &self.mode {
            Mode::Ascii | Mode::Utf8 => Encoding::Utf8,
            Mode::Windows1252 => Encoding::Windows1252,
            Mode::Utf16(_, e) => *e,
        }
    }

    /// The length of the byte order mark skipped: 0, 2 or 3.
    pub fn bom_len(&self) -> usize {
        self.bom
    }

    /// Bytes replaced with U+FFFD so far.
    pub fn invalid(&self) -> Option<Invalid> {
        self.invalid
    }

    /// Whether the whole input has been decoded: the next
    /// [`TextReader::next_piece`] returns `false`.
    pub fn is_done(&self) -> bool {
        self.eof && self.pending.is_empty()
    }

    /// Input bytes decoded so far, byte order mark included.
    pub fn bytes_read(&self) -> usize {
        self.source
    }

    /// A one-line warning about replaced bytes, if any: `3 invalid bytes
    /// (utf-8) replaced with U+FFFD, the first at byte 120`.
    pub fn warning(&self) -> Option<String> {
        self.invalid.map(|i| {
            format!(
                "{} invalid byte{} ({}) replaced with U+FFFD, the first at byte {}",
                i.count,
                if i.count == 1 { "" } else { "s" },
                self.encoding(),
                i.first
            )
        })
    }
}

/// Where the next decoded character goes.
#[derive(Clone, Copy)]
struct Cursor {
    source: usize,
    decoded: usize,
}

fn note_invalid(invalid: &mut Option<Invalid>, at: usize) {
    match invalid {
        Some(i) => i.count += 1,
        None => {
            *invalid = Some(Invalid {
                first: at,
                count: 1,
            })
        }
    }
}

/// Appends U+FFFD for `len` input bytes at `at`.
fn push_replacement(
    len: usize,
    at: Cursor,
    text: &mut String,
    map: &mut OffsetMap,
    invalid: &mut Option<Invalid>,
) {
    note_invalid(invalid, at.source);
    text.push(char::REPLACEMENT_CHARACTER);
    map.push(at.decoded, at.source, 1);
    map.push(
        at.decoded + char::REPLACEMENT_CHARACTER.len_utf8(),
        at.source + len,
        1,
    );
}

/// Appends valid UTF-8, replacing NUL bytes: past the first piece they are
/// binary debris, which no later stage should see.
fn push_utf8(
    valid: &str,
    mut at: Cursor,
    text: &mut String,
    map: &mut OffsetMap,
    invalid: &mut Option<Invalid>,
) {
    let mut rest = valid;
    while !rest.is_empty() {
        // NUL is a whole character: `run` is a char boundary.
        let run = memchr::memchr(0, rest.as_bytes()).unwrap_or(rest.len());
        text.push_str(&rest[..run]);
        at.source += run;
        at.decoded += run;
        if run < rest.len() {
            push_replacement(1, at, text, map, invalid);
            at.source += 1;
            at.decoded += char::REPLACEMENT_CHARACTER.len_utf8();
            rest = &rest[run + 1..];
        } else {
            rest = "";
        }
    }
}

/// Decodes UTF-8, replacing each invalid sequence with U+FFFD. Returns the
/// bytes used: all of them, or all but an incomplete character at the end
/// unless `last`.
fn decode_utf8(
    bytes: &[u8],
    last: bool,
    mut at: Cursor,
    text: &mut String,
    map: &mut OffsetMap,
    invalid: &mut Option<Invalid>,
) -> usize {
    let mut used = 0;
    loop {
        let rest = &bytes[used..];
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                push_utf8(valid, at, text, map, invalid);
                return bytes.len();
            }
            Err(e) => {
                let valid = e.valid_up_to();
                let before = text.len();
                let prefix = std::str::from_utf8(&rest[..valid]).unwrap_or_default();
                push_utf8(prefix, at, text, map, invalid);
                at.source += valid;
                at.decoded += text.len() - before;
                used += valid;
                let bad = match e.error_len() {
                    Some(n) => n,
                    None if last => rest.len() - valid,
                    None => return used,
                };
                push_replacement(bad, at, text, map, invalid);
                at.source += bad;
                at.decoded += char::REPLACEMENT_CHARACTER.len_utf8();
                used += bad;
            }
        }
    }
}

/// Decodes Windows-1252: one character per byte, so the map needs a point
/// after each non-ASCII character only.
fn decode_1252(
    bytes: &[u8],
    mut at: Cursor,
    text: &mut String,
    map: &mut OffsetMap,
    invalid: &mut Option<Invalid>,
) {
    let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    text.reserve(decoded.len());
    for c in decoded.chars() {
        if c == '\0' || undefined_in_1252(c) {
            push_replacement(1, at, text, map, invalid);
            at.decoded += char::REPLACEMENT_CHARACTER.len_utf8();
        } else {
            text.push(c);
            at.decoded += c.len_utf8();
            if !c.is_ascii() {
                map.push(at.decoded, at.source + 1, 1);
            }
        }
        at.source += 1;
    }
}

/// Decodes UTF-16 with `encoding_rs`. Each character stands for two input
/// bytes per UTF-16 code unit; a replacement stands for one unit. Unless
/// `last`, an odd byte or a high surrogate at the end is left for the next
/// piece, so that the decoder never carries input across calls and input
/// offsets stay exact. Returns the bytes used.
fn decode_utf16(
    decoder: &mut encoding_rs::Decoder,
    big_endian: bool,
    bytes: &[u8],
    last: bool,
    mut at: Cursor,
    text: &mut String,
    map: &mut OffsetMap,
) -> usize {
    let mut usable = bytes.len();
    if !last {
        usable -= usable % 2;
        if let Some(unit) = bytes[..usable].rchunks_exact(2).next() {
            let unit = if big_endian {
                u16::from_be_bytes([unit[0], unit[1]])
            } else {
                u16::from_le_bytes([unit[0], unit[1]])
            };
            if (0xD800..0xDC00).contains(&unit) {
                usable -= 2;
            }
        }
    }
    let bytes = &bytes[..usable];
    let end = at.source + usable;
    let mut piece =
        String::with_capacity(decoder.max_utf8_buffer_length(usable).unwrap_or(usable * 3));
    // With room for the whole piece, the decoder uses every byte.
    let _ = decoder.decode_to_string(bytes, &mut piece, last);
    for c in piece.chars() {
        let (d, s) = (c.len_utf8(), 2 * c.len_utf16());
        at.decoded += d;
        at.source = (at.source + s).min(end);
        if d * 2 != s {
            map.push(at.decoded, at.source, 2);
        }
    }
    // ASCII runs take two input bytes per decoded byte.
    map.push(at.decoded, at.source, 2);
    text.push_str(&piece);
    usable
}

/// Whether `bytes`, which start at the first non-ASCII byte of an input,
/// look like UTF-8 rather than Windows-1252: no invalid sequence in the next
/// [`SNIFF`] bytes, or at least one valid multi-byte sequence for every eight
/// invalid ones. `None` when there is not
/// enough to tell and more input may come.
fn looks_like_utf8(bytes: &[u8], last: bool) -> Option<bool> {
    let window = &bytes[..bytes.len().min(SNIFF)];
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut rest = window;
    loop {
        match std::str::from_utf8(rest) {
            // The common case, all of it valid: no need to count.
            Ok(s) if s.is_ascii() => break,
            Ok(_) if invalid == 0 => return Some(true),
            Ok(s) => {
                valid += s.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let (good, tail) = rest.split_at(e.valid_up_to());
                valid += good.iter().filter(|&&b| b >= 0xC0).count();
                match e.error_len() {
                    Some(n) => {
                        invalid += 1;
                        rest = &tail[n..];
                    }
                    None => break,
                }
            }
        }
    }
    if valid == 0 && invalid == 0 {
        // An incomplete sequence at the end: UTF-8 if nothing follows.
        return last.then_some(true);
    }
    // Windows-1252 text almost never holds a valid multi-byte sequence (it
    // would take "Ã©" and the like), while a UTF-8 file with stray bytes
    // still has far more good sequences than bad ones.
    Some(invalid == 0 || (valid > 0 && valid * 8 >= invalid))
}

/// Why the start of an input is not text, if it is not.
fn binary_reason(head: &[u8]) -> Option<String> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a zip archive or office document"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "an executable"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| head.starts_with(magic)) {
        return Some(format!("binary file ({what})"));
    }
    memchr::memchr(0, head).map(|at| format!("binary file (NUL byte at offset {at})"))
}

/// Opens a file, or standard input when `path` is `-`, and reads its first
/// piece.
///
/// # Errors
///
/// An [`Error::Io`] naming the path if it cannot be opened or read.
pub fn open(path: &Path) -> Result<Opened<Box<dyn Read + Send>>> {
    let mut size = None;
    let (name, inner): (&Path, Box<dyn Read + Send>) = if path == Path::new("-") {
        (Path::new("<stdin>"), Box::new(io::stdin()))
    } else {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let metadata = file.metadata().ok();
        if metadata.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(Error::io(
                path,
                io::Error::new(io::ErrorKind::IsADirectory, "is a directory"),
            ));
        }
        // A regular file's length; a pipe or device says 0, or nothing.
        size = metadata.filter(|m| m.is_file()).map(|m| m.len());
        (path, Box::new(file))
    };
    TextReader::sniff_sized(inner, size).map_err(|e| Error::io(name, e))
}

/// Text decoded from a whole input, with what was done to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// The text, and a warning if bytes had to be replaced.
    Text(String, Option<String>),
    /// The input is not text; the reason.
    Skipped(String),
}

/// Decodes the bytes of a whole article (see the module documentation for
/// the rules). Offsets into the text are in bytes of the decoded text; use
/// [`decode_with_map`] to map them back to `bytes`.
///
/// # Example
///
/// ```
/// use actorgraph::input::{decode, Decoded};
///
/// assert_eq!(decode(b"\xEF\xBB\xBFMali".to_vec()), Decoded::Text("Mali".into(), None));
/// assert_eq!(decode(b"Alg\xE9rie".to_vec()), Decoded::Text("Algérie".into(), None));
/// assert!(matches!(decode(b"PK\x03\x04\x00\x00".to_vec()), Decoded::Skipped(_)));
/// ```
pub fn decode(bytes: Vec<u8>) -> Decoded {
    match read_all(bytes.as_slice()) {
        Ok(Ok((text, _, warning))) => Decoded::Text(text, warning),
        Ok(Err(why)) => Decoded::Skipped(why),
        // Reading a slice cannot fail.
        Err(e) => Decoded::Skipped(e.to_string()),
    }
}

/// Decodes a whole article and returns its text with the map from text
/// offsets to offsets in `bytes`.
///
/// # Errors
///
/// The reason the bytes are not text (binary).
pub fn decode_with_map(bytes: Vec<u8>) -> std::result::Result<(String, OffsetMap), String> {
    match read_all(bytes.as_slice()) {
        Ok(Ok((text, map, _))) => Ok((text, map)),
        Ok(Err(why)) => Err(why),
        Err(e) => Err(e.to_string()),
    }
}

type Whole = std::result::Result<(String, OffsetMap, Option<String>), String>;

fn read_all<R: Read>(inner: R) -> io::Result<Whole> {
    let mut reader = match TextReader::sniff(inner)? {
        Opened::Text(r) => r,
        Opened::Binary(why) => return Ok(Err(why)),
    };
    let (mut text, mut map) = (String::new(), OffsetMap::identity());
    while reader.next_piece(&mut text, &mut map)? {}
    Ok(Ok((text, map, reader.warning())))
}

/// Reads and decodes a whole file, or standard input when `path` is `-`.
/// For large inputs prefer [`open`] and
/// [`crate::extractor::Extractor::analyse_reader`], which never hold the
/// whole text.
///
/// # Errors
///
/// An [`Error::Io`] naming the path if it cannot be read.
pub fn read(path: &Path) -> Result<Decoded> {
    let name = if path == Path::new("-") {
        Path::new("<stdin>")
    } else {
        path
    };
    let mut reader = match open(path)? {
        Opened::Text(r) => r,
        Opened::Binary(why) => return Ok(Decoded::Skipped(why)),
    };
    let (mut text, mut map) = (String::new(), OffsetMap::identity());
    while reader
        .next_piece(&mut text, &mut map)
        .map_err(|e| Error::io(name, e))?
    {}
    Ok(Decoded::Text(text, reader.warning()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that returns at most `step` bytes per call, to check that
    /// results do not depend on how reads are split.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// Decodes `bytes` whole, and through reads of 1 and 7 bytes; all three
    /// must agree. Returns text, map, encoding and replacements.
    fn check(bytes: &[u8]) -> (String, OffsetMap, Encoding, Option<Invalid>) {
        let mut results = Vec::new();
        for step in [usize::MAX, 1, 7] {
            let Opened::Text(mut r) = TextReader::sniff(Trickle { bytes, step }).unwrap() else {
                panic!("{bytes:?} taken for binary");
            };
            let (mut text, mut map) = (String::new(), OffsetMap::identity());
            while r.next_piece(&mut text, &mut map).unwrap() {}
            results.push((text, map, r.encoding(), r.invalid()));
        }
        assert_eq!(results[0], results[1]);
        assert_eq!(results[0], results[2]);
        results.swap_remove(0)
    }

    /// Every character of `text` maps to the input bytes that encode it.
    fn assert_maps_back(
        text: &str,
        map: &OffsetMap,
        source: &[u8],
        encode: impl Fn(char) -> Vec<u8>,
    ) {
        for (i, c) in text.char_indices() {
            if c == char::REPLACEMENT_CHARACTER {
                continue;
            }
            let (s, e) = (map.source(i), map.source(i + c.len_utf8()));
            assert_eq!(source[s..e], encode(c)[..], "{c:?} at {i} -> {s}..{e}");
        }
        assert_eq!(map.source(text.len()), source.len());
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let (text, map, enc, bad) = check("L'Algérie et le Mali.".as_bytes());
        assert_eq!(
            (text.as_str(), enc, bad),
            ("L'Algérie et le Mali.", Encoding::Utf8, None)
        );
        assert_eq!(map.source(5), 5);
        let (text, map, _, _) = check("\u{feff}L'Algérie.".as_bytes());
        assert_eq!(text, "L'Algérie.");
        assert_eq!(map.source(0), 3);
        assert_eq!(map.source(text.len()), text.len() + 3);
    }

    #[test]
    fn windows_1252_is_transcoded_and_maps_back() {
        let source = b"L'Alg\xE9rie, \xAB le Mali \xBB \x80 \x9Cuvre\x85";
        let (text, map, enc, bad) = check(source);
        assert_eq!(text, "L'Algérie, « le Mali » € œuvre…");
        assert_eq!((enc, bad), (Encoding::Windows1252, None));
        let (encoded, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        assert_eq!(&encoded[..], &source[..]);
        assert_maps_back(&text, &map, source, |c| {
            encoding_rs::WINDOWS_1252
                .encode(&c.to_string())
                .0
                .into_owned()
        });
    }

    #[test]
    fn ascii_then_latin1_far_away() {
        let mut source = b"Mali ".repeat(300_000); // 1.5 MB, past the first piece
        source.extend_from_slice(b"Alg\xE9rie");
        let (text, map, enc, _) = check(&source);
        assert_eq!(enc, Encoding::Windows1252);
        assert!(text.ends_with("Algérie"));
        assert_eq!(map.source(text.len()), source.len());
    }

    #[test]
    fn stray_bytes_in_utf8_are_replaced_and_counted() {
        let source = "L'Algérie et la Côte d'Ivoire".as_bytes().to_vec();
        let mut bytes = source[..8].to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice(&source[8..]);
        let (text, map, enc, bad) = check(&bytes);
        assert_eq!(enc, Encoding::Utf8);
        assert_eq!(bad, Some(Invalid { first: 8, count: 1 }));
        assert_eq!(text, "L'Algér\u{FFFD}ie et la Côte d'Ivoire");
        let ivoire = text.find("Ivoire").unwrap();
        assert_eq!(
            &bytes[map.source(ivoire)..map.source(ivoire) + 6],
            b"Ivoire"
        );
        // A truncated character at the very end.
        let (text, _, _, bad) = check(b"Le Mali \xC3");
        assert_eq!(text, "Le Mali \u{FFFD}");
        assert_eq!(bad, Some(Invalid { first: 8, count: 1 }));
    }

    #[test]
    fn undefined_1252_bytes_are_replaced() {
        let (text, map, enc, bad) = check(b"Alg\xE9rie \x81 Mali");
        assert_eq!(enc, Encoding::Windows1252);
        assert_eq!(text, "Algérie \u{FFFD} Mali");
        assert_eq!(bad, Some(Invalid { first: 8, count: 1 }));
        assert_eq!(map.source(text.find("Mali").unwrap()), 10);
    }

    #[test]
    fn utf16_with_bom() {
        for (bom, enc, be) in [
            (&b"\xFF\xFE"[..], Encoding::Utf16Le, false),
            (&b"\xFE\xFF"[..], Encoding::Utf16Be, true),
        ] {
            let text = "L'Algérie 😀 Mali";
            let mut source = bom.to_vec();
            for u in text.encode_utf16() {
                source.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            let (decoded, map, e, bad) = check(&source);
            assert_eq!((decoded.as_str(), e, bad), (text, enc, None));
            assert_maps_back(&decoded, &map, &source, |c| {
                let mut buf = [0u16; 2];
                c.encode_utf16(&mut buf)
                    .iter()
                    .flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() })
                    .collect()
            });
            let mali = decoded.find("Mali").unwrap();
            assert_eq!(map.source(mali), source.len() - 8);
        }
    }

    #[test]
    fn binary_inputs_are_skipped() {
        for (bytes, why) in [
            (&b"abc\x00def"[..], "NUL byte at offset 3"),
            (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3", "PDF"),
            (b"\x89PNG\r\n\x1a\n", "PNG"),
            (b"\xEF\xBB\xBF\x00", "NUL byte at offset 0"),
        ] {
            match decode(bytes.to_vec()) {
                Decoded::Skipped(reason) => assert!(reason.contains(why), "{reason}"),
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn nul_past_the_first_piece_is_replaced() {
        let mut bytes = b"Le Mali. ".repeat(PIECE / 9 + 10);
        let at = bytes.len();
        bytes.extend_from_slice(b"\x00 Le Niger.");
        let (text, _, enc, bad) = check(&bytes);
        assert_eq!(enc, Encoding::Utf8);
        assert_eq!(
            bad,
            Some(Invalid {
                first: at,
                count: 1
            })
        );
        assert!(text.ends_with("\u{FFFD} Le Niger."));
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(Vec::new()), Decoded::Text(String::new(), None));
        assert_eq!(
            decode(b"\xEF\xBB\xBF".to_vec()),
            Decoded::Text(String::new(), None)
        );
    }

    #[test]
    fn pieces_end_on_char_boundaries_and_map_back() {
        // Two-byte characters straddling every piece boundary.
        let text = "é".repeat(PIECE) + "a";
        let source = text.as_bytes();
        let Opened::Text(mut r) = TextReader::sniff(source).unwrap() else {
            panic!()
        };
        let mut map = OffsetMap::identity();
        let mut pieces = 0;
        let mut whole = String::new();
        loop {
            let mut piece = String::new();
            if !r.next_piece(&mut piece, &mut map).unwrap() {
                break;
            }
            pieces += 1;
            whole.push_str(&piece);
        }
        assert!(pieces >= 2);
        assert_eq!(whole, text);
        assert_eq!(map.source(whole.len()), source.len());
        map.forget_before(whole.len() - 1);
        assert_eq!(map.source(whole.len()), source.len());
    }

    #[test]
    fn missing_file_names_its_path() {
        let err = read(Path::new("/nonexistent/article.txt"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("/nonexistent/article.txt"), "{err}");
        let dir = std::env::temp_dir();
        let err = read(&dir).unwrap_err().to_string();
        assert!(err.contains("directory"), "{err}");
    }
}
