//! Small sorted sets built by insertion: the handful of ids, sources or days a filter, an item
//! or a chart holds. The lists are short (rarely past ten), and std's sorts would cost about
//! 10 KB of wasm for them (one pattern-defeating quicksort per element type, and a driftsort).

/// Adds `x` to the ascending, distinct `set` unless it is there already.
pub fn insert<T: Ord>(set: &mut Vec<T>, x: T) {
    if let Err(at) = set.binary_search(&x) {
        set.insert(at, x);
    }
}

/// `items` ascending, each once.
pub fn sorted_distinct<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut set = Vec::new();
    for x in items {
        insert(&mut set, x);
    }
    set
}

/// Sorts `items` by `key`, keeping the order of equal keys (a stable insertion sort).
pub fn sort_stable_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut sorted: Vec<T> = Vec::with_capacity(items.len());
    for x in items.drain(..) {
        let k = key(&x);
        let at = sorted.partition_point(|y| key(y) <= k);
        sorted.insert(at, x);
    }
    *items = sorted;
}
