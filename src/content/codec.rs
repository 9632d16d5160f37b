//! The content as the build writes it (`build/content.rs`, `Frag`): per
//! table, one string of all its text in reading order and a short stream
//! of numbers for its shape, decoded the first time the table is read.
//! Rust statics of the same records cost the wasm a pointer and a length
//! for every string and list, about a third of its data section, and
//! those tables compress poorly; text on its own compresses well.

use std::ops::Deref;
use std::sync::OnceLock;

use super::parts::Part;
use crate::model::*;

/// The generated decoders, one per record type (`d_Card`, `d_Event`, ...).
pub mod decode {
    #![allow(non_snake_case)]
    use super::Reader;
    use crate::model::*;
    include!(concat!(env!("OUT_DIR"), "/content/decode.rs"));
}

/// A table of records, decoded on first use and kept for the page's life.
/// Derefs (through the `Vec`) to a slice, so `CARDS.iter()` and `&CARDS`
/// as a `&[Card]` read as before.
pub type Table<T> = One<Vec<T>>;

/// A record (the lesson plan) or a table, decoded on first use.
/// `part`: where its text is kept apart from the wasm (`parts`).
pub struct One<T: 'static> {
    cell: OnceLock<T>,
    part: Option<&'static Part>,
    make: fn() -> T,
}

impl<T> One<T> {
    pub const fn new(part: Option<&'static Part>, make: fn() -> T) -> Self {
        One {
            cell: OnceLock::new(),
            part,
            make,
        }
    }
}

impl<T> Deref for One<T> {
    type Target = T;
    fn deref(&self) -> &T {
        if let Some(p) = self.part {
            p.touch();
        }
        self.cell.get_or_init(self.make)
    }
}

/// Reads one table. Lists become leaked vectors: the records are
/// `&'static` and live as long as the page, read once.
pub struct Reader {
    text: &'static str,
    shape: &'static [u8],
    at: usize,
    pos: usize,
}

impl Reader {
    pub fn new(text: &'static str, shape: &'static [u8]) -> Self {
        Reader {
            text,
            shape,
            at: 0,
            pos: 0,
        }
    }

    /// Unsigned LEB128.
    pub fn uint(&mut self) -> usize {
        let mut n = 0;
        let mut shift = 0;
        loop {
            let b = self.shape[self.pos];
            self.pos += 1;
            n |= ((b & 0x7f) as usize) << shift;
            if b & 0x80 == 0 {
                return n;
            }
            shift += 7;
        }
    }

    /// Zigzag over LEB128.
    pub fn int(&mut self) -> i64 {
        let z = self.uint() as i64;
        (z >> 1) ^ -(z & 1)
    }

    pub fn s(&mut self) -> &'static str {
        let n = self.uint();
        let s = &self.text[self.at..self.at + n];
        self.at += n;
        s
    }

    pub fn opt_s(&mut self) -> Option<&'static str> {
        self.opt(Reader::s)
    }

    pub fn opt_int(&mut self) -> Option<i64> {
        self.opt(Reader::int)
    }

    pub fn strs(&mut self) -> &'static [&'static str] {
        self.list(Reader::s)
    }

    /// An id, written as its position in the enum's `ALL`.
    pub fn id<T: Copy>(&mut self, all: &'static [T]) -> T {
        all[self.uint()]
    }

    pub fn ids<T: Copy>(&mut self, all: &'static [T]) -> &'static [T] {
        let n = self.uint();
        (0..n).map(|_| self.id(all)).collect::<Vec<_>>().leak()
    }

    // A function pointer, not a closure: one copy per record type.
    pub fn list<T>(&mut self, f: fn(&mut Reader) -> T) -> &'static [T] {
        self.vec(f).leak()
    }

    fn vec<T>(&mut self, f: fn(&mut Reader) -> T) -> Vec<T> {
        let n = self.uint();
        (0..n).map(|_| f(self)).collect()
    }

    pub fn opt<T>(&mut self, f: fn(&mut Reader) -> T) -> Option<T> {
        (self.uint() == 1).then(|| f(self))
    }

    pub fn date(&mut self) -> Date {
        let year = self.int() as i32;
        // 0 is "none": months and days count from 1.
        let month = Some(self.uint() as u8).filter(|&m| m > 0);
        let day = Some(self.uint() as u8).filter(|&d| d > 0);
        Date { year, month, day }
    }

    pub fn node(&mut self) -> NodeId {
        match self.uint() {
            0 => NodeId::Actor(self.id(ActorId::ALL)),
            _ => NodeId::Instrument(self.id(InstrumentId::ALL)),
        }
    }

    pub fn next_at(&mut self) -> Next {
        match self.uint() {
            0 => Next::Step(self.s()),
            _ => Next::End(self.s()),
        }
    }

    pub fn answer(&mut self) -> Answer {
        match self.uint() {
            0 => Answer::Choice {
                options: self.strs(),
                correct: self.uint() as u8,
            },
            _ => Answer::Order {
                events: self.ids(EventId::ALL),
            },
        }
    }

    /// A whole table: its records, and nothing left over.
    pub fn all<T>(mut self, f: fn(&mut Reader) -> T) -> Vec<T> {
        let v = self.vec(f);
        self.end();
        v
    }

    pub fn one<T>(mut self, f: fn(&mut Reader) -> T) -> T {
        let v = f(&mut self);
        self.end();
        v
    }

    fn end(&self) {
        debug_assert!(
            self.at == self.text.len() && self.pos == self.shape.len(),
            "a content table decoded short: build/content.rs and its decoders disagree"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_as_written() {
        // 0, 127, 128, 300 as LEB128; then zigzag -1, 1, -64, 2001.
        static SHAPE: &[u8] = &[0, 0x7f, 0x80, 0x01, 0xac, 0x02, 1, 2, 0x7f, 0xa2, 0x1f];
        let mut r = Reader::new("", SHAPE);
        assert_eq!([r.uint(), r.uint(), r.uint(), r.uint()], [0, 127, 128, 300]);
        assert_eq!([r.int(), r.int(), r.int(), r.int()], [-1, 1, -64, 2001]);
    }

    #[test]
    fn strings_are_cut_from_the_text_in_order() {
        // Two strings (5 and 6 bytes: "é" is two), Some(""), None, "e".
        static SHAPE: &[u8] = &[2, 5, 6, 1, 0, 0, 1];
        let mut r = Reader::new("alphaétoile", SHAPE);
        assert_eq!(r.strs(), ["alpha", "étoil"]);
        assert_eq!(r.opt_s(), Some(""));
        assert_eq!(r.opt_s(), None);
        assert_eq!(r.s(), "e");
        r.end();
    }
}
