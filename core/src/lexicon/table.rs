//! The word table: open addressing over fixed-width keys, built for one lookup per token.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{EntryId, NO_ENTRY};
use crate::text::load_le;

/// A small, fast, non-cryptographic hasher (FNV-1a over 8-byte words) for short keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        // A final avalanche so that the low bits used by the table are well mixed.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(23);
        }
        for &b in chunks.remainder() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by short strings, with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Lowercases the ASCII capitals among the eight bytes of `w`, leaving every other byte as it
/// is (bytes of multi-byte characters included), the way `to_ascii_lowercase` does one byte.
#[inline]
pub(super) fn fold_ascii(w: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = w & LOW7;
    // The high bit of each byte is set where the byte is at least 'A', and where it is past 'Z'.
    let ge_a = low + ONES * (0x80 - u64::from(b'A'));
    let gt_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = ge_a & !gt_z & !w & HIGH;
    w | (upper >> 2)
}

/// Longest word whose [`Key`] holds all of it.
const INLINE: usize = 11;

/// A word's fixed-width key: its first eleven bytes with ASCII case folded, and its length.
/// For a word of up to [`INLINE`] bytes, equal keys mean the words are equal up to case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    /// Bytes 0..8, folded, zero-padded.
    head: u64,
    /// Bytes 8..11, folded, zero-padded, with the length (at most 255) in the top byte.
    tail: u32,
}

impl Key {
    #[inline]
    fn of(word: &[u8]) -> Key {
        let n = word.len();
        let head = fold_ascii(load_le(&word[..n.min(8)]));
        let rest = load_le(word.get(8..n.min(INLINE)).unwrap_or(&[]));
        let tail = (fold_ascii(rest) as u32 & 0x00ff_ffff) | (n.min(255) as u32) << 24;
        Key { head, tail }
    }

    /// The table hash of a word whose key this is: the key mixed, then any bytes past the
    /// eleventh eight at a time.
    #[inline]
    fn hash(self, word: &[u8]) -> u64 {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let mix = |h: u64, w: u64| {
            let m = u128::from(h ^ w) * u128::from(K);
            (m as u64) ^ ((m >> 64) as u64)
        };
        let mut h = mix(self.head, u64::from(self.tail));
        if let Some(rest) = word.get(INLINE..) {
            for c in rest.chunks(8) {
                h = mix(h, fold_ascii(load_le(c)));
            }
        }
        mix(h, K)
    }
}

/// One slot of the word table: a key's fields and its entry id ([`NO_ENTRY`] when the slot is
/// empty), side by side so that the slot is sixteen bytes (a `Key` field would pad it to 24).
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: u64,
    tail: u32,
    id: EntryId,
}

impl Slot {
    fn key(self) -> Key {
        Key {
            head: self.head,
            tail: self.tail,
        }
    }
}

/// The word table: open addressing with linear probing over lowercase keys. A lookup folds
/// ASCII case while it reads the word, so the tokenizer needs no lowercase copy, and a word
/// of up to [`INLINE`] bytes is matched inside its slot without reading anything else.
#[derive(Debug, Default)]
pub(super) struct WordTable {
    slots: Vec<Slot>,
    /// The lowercase key of each entry id: for longer words' comparison, and for rehashing.
    keys: Vec<Box<[u8]>>,
}

impl WordTable {
    /// The id stored for `word` (compared with ASCII case folded), or [`NO_ENTRY`].
    pub(super) fn get(&self, word: &[u8]) -> EntryId {
        self.find(Key::of(word), word)
    }

    /// [`WordTable::get`] for a word of ASCII bytes only; `None` for any other word. The key's
    /// bytes tell, so a short word is not scanned twice.
    #[inline]
    pub(super) fn get_ascii(&self, word: &[u8]) -> Option<EntryId> {
        let key = Key::of(word);
        let high = (key.head | u64::from(key.tail & 0x00ff_ffff)) & 0x8080_8080_8080_8080;
        if high != 0 || !word.get(INLINE..).is_none_or(<[u8]>::is_ascii) {
            return None;
        }
        Some(self.find(key, word))
    }

    /// The id stored for `word`, whose key is `key`.
    #[inline]
    fn find(&self, key: Key, word: &[u8]) -> EntryId {
        if self.slots.is_empty() {
            return NO_ENTRY;
        }
        let mask = self.slots.len() - 1;
        let mut i = key.hash(word) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.id == NO_ENTRY {
                return NO_ENTRY;
            }
            if slot.key() == key && (word.len() <= INLINE || self.keys[slot.id as usize].eq_ignore_ascii_case(word)) {
                return slot.id;
            }
            i = (i + 1) & mask;
        }
    }

    /// Stores `id` for the lowercase `word` (which must not be present yet, and ids must come
    /// in order 0, 1, 2, …).
    pub(super) fn insert(&mut self, word: &[u8], id: EntryId) {
        debug_assert_eq!(id as usize, self.keys.len());
        self.keys.push(word.into());
        // Keep the load under a half.
        if self.keys.len() * 2 > self.slots.len() {
            let n = (self.slots.len() * 2).max(1024);
            let empty = Slot {
                head: 0,
                tail: 0,
                id: NO_ENTRY,
            };
            self.slots = vec![empty; n];
            for (i, k) in self.keys.iter().enumerate() {
                Self::place(&mut self.slots, k, i as u32);
            }
        } else {
            Self::place(&mut self.slots, word, id);
        }
    }

    fn place(slots: &mut [Slot], word: &[u8], id: EntryId) {
        let key = Key::of(word);
        let mask = slots.len() - 1;
        let mut i = key.hash(word) as usize & mask;
        while slots[i].id != NO_ENTRY {
            i = (i + 1) & mask;
        }
        slots[i] = Slot {
            head: key.head,
            tail: key.tail,
            id,
        };
    }
}
