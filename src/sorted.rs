//! Small sets and maps kept as sorted vectors, for a learner's progress (a
//! few dozen ids at most). `BTreeSet` and `BTreeMap` brought about 15 KB
//! of code into the wasm for its five fields (2026-12-03); a binary search
//! over a vector does the same work here in a few hundred bytes.

/// A set in ascending order, each value once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    /// Whether the value was new.
    pub fn insert(&mut self, x: T) -> bool {
        match self.0.binary_search(&x) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, x);
                true
            }
        }
    }

    pub fn contains(&self, x: &T) -> bool {
        self.0.binary_search(x).is_ok()
    }

    /// Whether the value was there.
    pub fn remove(&mut self, x: &T) -> bool {
        match self.0.binary_search(x) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }
}

impl<T> SortedSet<T> {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        let mut s = SortedSet::default();
        for x in it {
            s.insert(x);
        }
        s
    }
}

/// A map in ascending order of its keys, each key once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    fn find(&self, k: &K) -> Result<usize, usize> {
        self.0.binary_search_by(|(x, _)| x.cmp(k))
    }

    /// The value the key had before, if any.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.find(&k) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, v)),
            Err(i) => {
                self.0.insert(i, (k, v));
                None
            }
        }
    }

    pub fn get(&self, k: &K) -> Option<&V> {
        self.find(k).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, k: &K) -> bool {
        self.find(k).is_ok()
    }

    pub fn remove(&mut self, k: &K) -> Option<V> {
        self.find(k).ok().map(|i| self.0.remove(i).1)
    }
}

impl<K, V> SortedMap<K, V> {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(it: I) -> Self {
        let mut m = SortedMap::default();
        for (k, v) in it {
            m.insert(k, v);
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// The same operations on both, from a fixed pseudo-random sequence.
    #[test]
    fn behaves_as_the_btree_collections_do() {
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % 40
        };
        let (mut s, mut bs) = (SortedSet::default(), BTreeSet::new());
        let (mut m, mut bm) = (SortedMap::default(), BTreeMap::new());
        for step in 0..2000 {
            let (x, op) = (next(), next() % 3);
            match op {
                0 => assert_eq!(s.remove(&x), bs.remove(&x), "{step}"),
                _ => assert_eq!(s.insert(x), bs.insert(x), "{step}"),
            }
            match op {
                0 => assert_eq!(m.remove(&x), bm.remove(&x), "{step}"),
                _ => assert_eq!(m.insert(x, step), bm.insert(x, step), "{step}"),
            }
            assert_eq!(s.contains(&x), bs.contains(&x));
            assert_eq!(m.get(&x), bm.get(&x));
            assert_eq!(m.contains_key(&x), bm.contains_key(&x));
        }
        assert!(s.iter().eq(bs.iter()) && s.len() == bs.len());
        assert!(m.iter().eq(bm.iter()) && m.values().eq(bm.values()));
        let c: SortedSet<u32> = [3, 1, 3, 2].into_iter().collect();
        assert_eq!(c.iter().copied().collect::<Vec<_>>(), [1, 2, 3]);
    }
}
