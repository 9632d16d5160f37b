//! Sorting with one copy of the algorithm in the wasm.
//!
//! `slice::sort*` is generic over the element and the comparator, so every
//! call site gets its own driftsort or ipnsort: 2–8 KB of code each, about
//! 70 KB of the linked wasm for our twenty call sites. Here one stable merge
//! sort orders positions through a `dyn` comparator; what stays generic per
//! call site is a closure and a few swaps. Our lists are short (a few
//! hundred items at most), so the indirect calls cost nothing a reader sees.
//! `clippy.toml` disallows the standard methods outside tests.

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives them; equal ones keep
/// their order. Bottom-up merge sort: n log n comparisons, two buffers.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = from.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r, mut k) = (start, mid, start);
            while l < mid && r < end {
                // take from the right only when strictly before: stable
                if cmp(from[r], from[l]) == Ordering::Less {
                    to[k] = from[r];
                    r += 1;
                } else {
                    to[k] = from[l];
                    l += 1;
                }
                k += 1;
            }
            let rest = mid - l;
            to[k..k + rest].copy_from_slice(&from[l..mid]);
            to[k + rest..end].copy_from_slice(&from[r..end]);
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Moves `v[pos[k]]` to `k` for every `k`, in place. An element already
/// swapped away from `pos[k]` is found by following `pos` from there.
fn permute<T>(v: &mut [T], pos: &[usize]) {
    for k in 0..v.len() {
        let mut j = pos[k];
        while j < k {
            j = pos[j];
        }
        v.swap(k, j);
    }
}

/// Stable sort by a comparator (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let pos = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &pos);
}

/// Stable sort by a key (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort in the type's own order (as `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the standard sort is the yardstick
mod tests {
    use super::*;

    /// A small deterministic generator: the same cases on every run.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_as_the_standard_library_does_and_keeps_equal_items_in_order() {
        let mut seed = 7;
        for n in (0..40).chain([63, 64, 65, 127, 128, 129, 500]) {
            for range in [2, 10, 1000] {
                // (key, original position): equal keys must keep position order
                let v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % range, i)).collect();
                let mut ours = v.clone();
                sort_by_key(&mut ours, |p| p.0);
                let mut std = v.clone();
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n = {n}, keys below {range}");
            }
        }
    }

    #[test]
    fn sorts_already_ordered_reversed_and_empty_lists() {
        let mut up: Vec<i32> = (0..100).collect();
        sort(&mut up);
        assert_eq!(up, (0..100).collect::<Vec<_>>());
        let mut down: Vec<i32> = (0..100).rev().collect();
        sort(&mut down);
        assert_eq!(down, up);
        let mut empty: Vec<i32> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut desc = vec![3, 1, 2];
        sort_by(&mut desc, |a, b| b.cmp(a));
        assert_eq!(desc, [3, 2, 1]);
    }

    #[test]
    fn every_permutation_of_five_lands_in_place() {
        // all 120 orders of five distinct items: `permute` must follow
        // each chain of moves however the cycles fall
        let mut p = [0, 1, 2, 3, 4];
        let mut seen = std::collections::HashSet::new();
        heap(&mut p, 5, &mut |q| {
            let mut v = q.to_vec();
            sort(&mut v);
            assert_eq!(v, [0, 1, 2, 3, 4], "from {q:?}");
            seen.insert(q.to_vec());
        });
        assert_eq!(seen.len(), 120);
    }

    /// Heap's algorithm: every order of `p[..k]`, one swap apart.
    fn heap(p: &mut [i32; 5], k: usize, f: &mut dyn FnMut(&[i32])) {
        if k == 1 {
            return f(p);
        }
        heap(p, k - 1, f);
        for i in 0..k - 1 {
            p.swap(if k.is_multiple_of(2) { i } else { 0 }, k - 1);
            heap(p, k - 1, f);
        }
    }
}
