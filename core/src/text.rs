//! Byte spans inside the core, code-point ranges outside, and the map between them.
//!
//! The passes work on UTF-8 byte offsets (cheap to slice); the JSON document speaks in Unicode
//! code points. [`OffsetMap`] converts in constant time with a small table: the code-point index
//! of every 32nd byte, plus a count inside the block, eight bytes at a time.

use crate::document::CharRange;

/// A byte range `[start, end)` into the input text, always on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text this span covers.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Bytes per entry of the map: four machine words.
const BLOCK: usize = 32;

/// The bytes of `b` (at most eight) as a little-endian number, zero-padded. Two overlapping
/// reads cover four to eight bytes, three single bytes cover one to three, without a loop.
#[inline]
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        u64::from(lo) | u64::from(hi) << ((n - 4) * 8)
    } else if n > 0 {
        u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// One in each byte of `chunk` (at most eight bytes, read as a little-endian word) that is a
/// UTF-8 continuation byte (0b10xxxxxx), zero in every other byte.
fn continuation_ones(chunk: &[u8]) -> u64 {
    let w = load_le(chunk);
    // Bit 7 set and bit 6 clear, moved down to bit 0 of its byte.
    ((w & !(w << 1)) >> 7) & 0x0101_0101_0101_0101
}

/// How many code points start among the first `n` (at most [`BLOCK`]) bytes of `chunk`:
/// every byte that is not a continuation byte. Eight bytes are counted at a time, and the
/// per-byte counts (at most four each) are summed with one multiplication.
fn starts(chunk: &[u8], n: usize) -> u32 {
    let n = n.min(chunk.len()).min(BLOCK);
    let sum: u64 = chunk[..n].chunks(8).map(continuation_ones).sum();
    n as u32 - (sum.wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
}

/// Converts between byte offsets and code-point offsets of one text in O(1).
#[derive(Debug, Clone)]
pub struct OffsetMap<'a> {
    text: &'a str,
    /// Code-point index at byte `i * BLOCK` (or of the first character starting after it).
    blocks: Vec<u32>,
    chars: usize,
}

impl<'a> OffsetMap<'a> {
    /// Builds the map in one pass over the text.
    pub fn new(text: &'a str) -> OffsetMap<'a> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut count: u32 = 0;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += starts(chunk, chunk.len());
        }
        blocks.push(count);
        OffsetMap {
            text,
            blocks,
            chars: count as usize,
        }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// The code-point index of a byte offset (which should be a character boundary; an offset
    /// inside a character maps to the character after it).
    pub fn char_of(&self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        if byte >= bytes.len() {
            return self.chars;
        }
        let block = byte / BLOCK;
        self.blocks[block] as usize + starts(&bytes[block * BLOCK..], byte - block * BLOCK) as usize
    }

    /// The byte offset of a code-point index (clamped to the text's end).
    pub fn byte_of(&self, ch: usize) -> usize {
        if ch >= self.chars {
            return self.text.len();
        }
        // The last block whose first code point is <= ch.
        let block = match self.blocks.binary_search(&(ch as u32)) {
            Ok(mut i) => {
                // Several blocks may start at the same count (inside a long character run).
                while i > 0 && self.blocks[i - 1] == ch as u32 {
                    i -= 1;
                }
                i
            }
            Err(i) => i.saturating_sub(1),
        };
        let bytes = self.text.as_bytes();
        let mut count = self.blocks[block] as usize;
        let mut i = block * BLOCK;
        // Skip continuation bytes at the block start: they belong to the previous character.
        while i < bytes.len() && bytes[i] & 0xC0 == 0x80 {
            i += 1;
        }
        while i < bytes.len() {
            if bytes[i] & 0xC0 != 0x80 {
                if count == ch {
                    return i;
                }
                count += 1;
            }
            i += 1;
        }
        bytes.len()
    }

    /// A byte span as a code-point range.
    pub fn range(&self, span: Span) -> CharRange {
        [self.char_of(span.start), self.char_of(span.end)]
    }

    /// A code-point range as a byte span.
    pub fn span(&self, range: CharRange) -> Span {
        Span::new(self.byte_of(range[0]), self.byte_of(range[1].max(range[0])))
    }
}

/// Whether `c` continues a word without being alphanumeric: combining marks, joiners and
/// variation selectors.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x0900..=0x0903 | 0x093A..=0x094F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C | 0x200D | 0x2060 | 0x20D0..=0x20FF | 0x302A..=0x302F | 0x3099 | 0x309A
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_on_mixed_scripts() {
        let text = "Zoë said “héllo” 👋🏽 to 北京 and שלום, then e\u{301}!";
        let map = OffsetMap::new(text);
        assert_eq!(map.char_len(), text.chars().count());
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_of(bi), ci, "char_of({bi})");
            assert_eq!(map.byte_of(ci), bi, "byte_of({ci})");
        }
        assert_eq!(map.char_of(text.len()), map.char_len());
        assert_eq!(map.byte_of(map.char_len()), text.len());
    }

    #[test]
    fn long_multibyte_runs_cross_blocks() {
        let text = "é".repeat(200) + "x" + &"😀".repeat(100);
        let map = OffsetMap::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_of(bi), ci);
            assert_eq!(map.byte_of(ci), bi);
        }
    }

    #[test]
    fn load_le_reads_any_short_slice() {
        let bytes = *b"abcdefgh";
        for n in 0..=8 {
            let mut want = [0u8; 8];
            want[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load_le(&bytes[..n]), u64::from_le_bytes(want), "{n} bytes");
        }
    }

    #[test]
    fn an_offset_inside_a_character_maps_to_the_next() {
        let text = "a😀b";
        let map = OffsetMap::new(text);
        for inside in 2..5 {
            assert_eq!(map.char_of(inside), 2, "byte {inside}");
        }
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.char_len(), 0);
        assert_eq!(map.char_of(0), 0);
        assert_eq!(map.byte_of(5), 0);
    }
}
