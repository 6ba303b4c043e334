//! One stable sort for the whole core. Each call of the standard library's sort is compiled
//! anew for its element type and comparison, some 2 KB of WebAssembly each, and the reader
//! downloads them all; here every caller shares one sort of indices (by a `dyn` comparison)
//! and a small in-place permutation. A stable sort's result is fully determined by its
//! comparison, so this gives exactly the order `slice::sort_by` gives (a test checks it). The
//! reader's views sort with it too.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut idx: Vec<usize> = (0..v.len()).collect();
    let items = &*v;
    order(&mut idx, &mut |a, b| cmp(&items[a], &items[b]));
    permute(v, &mut idx);
}

/// Sorts `v` stably by `key`.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` (ascending; equal elements keep their order).
pub fn sort<T: Ord>(v: &mut [T]) {
    by(v, T::cmp);
}

/// The one compiled sort: indices by a comparison of the items they stand for.
#[inline(never)]
fn order(idx: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    idx.sort_by(|&a, &b| cmp(a, b));
}

/// Puts `v[idx[i]]` at `i` for every `i`, following each cycle of the permutation once.
fn permute<T>(v: &mut [T], idx: &mut [usize]) {
    for i in 0..idx.len() {
        let mut j = i;
        while idx[j] != i {
            let k = idx[j];
            v.swap(j, k);
            idx[j] = j;
            j = k;
        }
        idx[j] = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_same_order_as_the_standard_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v.clone();
            by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(&ours, &std);
            let mut ours = v.clone();
            let mut std = v;
            // Descending on one field, ascending on part of another: ties remain.
            let cmp = |a: &(u8, u16), b: &(u8, u16)| b.0.cmp(&a.0).then((a.1 % 3).cmp(&(b.1 % 3)));
            by(&mut ours, cmp);
            std.sort_by(cmp);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn small_cases() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        let mut one = [7];
        sort(&mut one);
        assert_eq!(one, [7]);
        let mut v = [3, 1, 2, 1];
        sort(&mut v);
        assert_eq!(v, [1, 1, 2, 3]);
    }
}
