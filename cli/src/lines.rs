//! JSON Lines input, line by line: every line ending (`\n`, `\r\n`, a lone `\r`), a byte-order
//! mark before the first line, and lines that are not UTF-8 reported like any other bad line.

use std::io::{self, BufRead};

/// Why one line could not be read as text.
#[derive(Debug)]
pub enum LineError {
    /// The line's bytes are not UTF-8; `at` is the offset of the first bad byte in the line.
    NotUtf8 {
        /// Byte offset within the line.
        at: usize,
    },
    /// Reading failed; no later line can be read.
    Io(io::Error),
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LineError::NotUtf8 { at } => write!(f, "not UTF-8 (bad byte at column {})", at + 1),
            LineError::Io(e) => write!(f, "cannot read: {e}"),
        }
    }
}

/// The lines of a reader, numbered from 1.
pub struct Lines<R> {
    reader: R,
    number: usize,
    consumed: u64,
    /// A `\r` ended the last line: a `\n` right after it belongs to that ending.
    after_cr: bool,
    done: bool,
}

/// One line: its number and its text.
pub struct Line {
    /// 1 for the first line.
    pub number: usize,
    /// The text without its ending, or why it has none.
    pub text: Result<String, LineError>,
}

impl<R: BufRead> Lines<R> {
    /// Reads lines from `reader`.
    pub fn new(reader: R) -> Lines<R> {
        Lines {
            reader,
            number: 0,
            consumed: 0,
            after_cr: false,
            done: false,
        }
    }

    /// The bytes read so far, line endings included (for progress).
    pub fn consumed(&self) -> u64 {
        self.consumed
    }

    /// Appends the bytes up to the next line ending to `buf`; returns whether there was a line
    /// (a line ending, or text before the end of input).
    fn fill(&mut self, buf: &mut Vec<u8>) -> io::Result<bool> {
        let mut used = 0u64;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                self.consumed += used;
                return Ok(!buf.is_empty());
            }
            // The `\n` of a `\r\n` split across two reads ends no second line.
            let start = usize::from(std::mem::take(&mut self.after_cr) && chunk[0] == b'\n');
            match chunk[start..].iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(i) => {
                    let end = start + i;
                    buf.extend_from_slice(&chunk[start..end]);
                    self.after_cr = chunk[end] == b'\r';
                    self.reader.consume(end + 1);
                    self.consumed += used + end as u64 + 1;
                    return Ok(true);
                }
                None => {
                    let n = chunk.len();
                    buf.extend_from_slice(&chunk[start..]);
                    used += n as u64;
                    self.reader.consume(n);
                }
            }
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.done {
            return None;
        }
        let mut buf = Vec::new();
        self.number += 1;
        let number = self.number;
        match self.fill(&mut buf) {
            Err(e) => {
                self.done = true;
                Some(Line {
                    number,
                    text: Err(LineError::Io(e)),
                })
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                let body = if number == 1 {
                    buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf)
                } else {
                    &buf
                };
                let text = match std::str::from_utf8(body) {
                    Ok(s) => Ok(s.to_string()),
                    Err(e) => Err(LineError::NotUtf8 { at: e.valid_up_to() }),
                };
                Some(Line { number, text })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The lines of `bytes` by a slow, obvious reading: split at `\r\n`, `\n` or `\r`.
    fn reference(bytes: &[u8]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let mut cur = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    out.push(std::mem::take(&mut cur));
                    i += 1;
                }
                b'\r' | b'\n' => out.push(std::mem::take(&mut cur)),
                b => cur.push(b),
            }
            i += 1;
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        out
    }

    /// The lines read with a buffer of `capacity` bytes, as bytes (a bad line as `[0xff]`).
    fn read(bytes: &[u8], capacity: usize) -> (Vec<Vec<u8>>, u64) {
        let mut lines = Lines::new(io::BufReader::with_capacity(capacity, bytes));
        let got = lines
            .by_ref()
            .map(|l| match l.text {
                Ok(s) => s.into_bytes(),
                Err(_) => vec![0xff],
            })
            .collect();
        (got, lines.consumed())
    }

    #[test]
    fn line_cases() {
        /// A name, the input, and the lines it holds.
        type Case = (&'static str, &'static [u8], &'static [&'static [u8]]);
        let cases: &[Case] = &[
            ("empty", b"", &[]),
            ("one line, no ending", b"a", &[b"a"]),
            ("LF", b"a\nb\n", &[b"a", b"b"]),
            ("CRLF", b"a\r\nb\r\n", &[b"a", b"b"]),
            ("CR", b"a\rb\r", &[b"a", b"b"]),
            ("blank lines kept", b"\n\na\n", &[b"", b"", b"a"]),
            ("LF CR is two endings", b"a\n\rb", &[b"a", b"", b"b"]),
            (
                "BOM on the first line only",
                b"\xef\xbb\xbfa\n\xef\xbb\xbfb",
                &[b"a", b"\xef\xbb\xbfb"],
            ),
            ("not UTF-8", b"a\n\xff\nb", &[b"a", b"\xff", b"b"]),
        ];
        for (name, input, want) in cases {
            for cap in [1, 2, 3, 64] {
                let (got, total) = read(input, cap);
                assert_eq!(got, *want, "{name}, buffer {cap}");
                assert_eq!(total, input.len() as u64, "{name}: every byte is counted");
            }
        }
    }

    #[test]
    fn the_bad_line_says_where() {
        let mut lines = Lines::new(&b"{}\n{\"text\":\"\xc3\x28\"}\n"[..]);
        assert!(lines.next().unwrap().text.is_ok());
        let bad = lines.next().unwrap();
        assert_eq!(bad.number, 2);
        assert_eq!(bad.text.unwrap_err().to_string(), "not UTF-8 (bad byte at column 10)");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512)
        ))]

        /// The fuzz target of the JSON Lines reader: any bytes, read through any buffer size,
        /// give the obvious lines and count every byte.
        #[test]
        fn any_bytes_split_into_the_obvious_lines(
            bytes in prop::collection::vec(prop::sample::select(vec![b'a', b'{', b'"', b'\n', b'\r', 0xef, 0xbb, 0xbf, 0xff, 0xc3, 0xa9]), 0..200),
            cap in 1usize..9,
        ) {
            let (got, total) = read(&bytes, cap);
            let mut want = reference(&bytes);
            if let Some(first) = want.first_mut() {
                if first.starts_with(b"\xef\xbb\xbf") {
                    first.drain(..3);
                }
            }
            let want: Vec<Vec<u8>> = want
                .into_iter()
                .map(|l| if std::str::from_utf8(&l).is_ok() { l } else { vec![0xff] })
                .collect();
            prop_assert_eq!(got, want);
            prop_assert_eq!(total, bytes.len() as u64);
        }
    }
}
