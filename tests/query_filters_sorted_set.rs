#![cfg(not(target_arch = "wasm32"))]
//! The insertion-built sorted sets that stand in for std's sorts: ascending, distinct, stable.

use xhs_explainer::query::filters::sorted_set::{insert, sort_stable_by_key, sorted_distinct};

#[test]
fn sorted_distinct_sorts_and_drops_repeats() {
    assert_eq!(
        sorted_distinct([5u16, 1, 3, 5, 1, 9, 0]),
        vec![0, 1, 3, 5, 9]
    );
    assert_eq!(sorted_distinct([-3i32, 7, -3, 2]), vec![-3, 2, 7]);
    assert!(sorted_distinct(Vec::<u16>::new()).is_empty());
    let mut set = vec![1u16, 4];
    insert(&mut set, 4);
    insert(&mut set, 2);
    insert(&mut set, 0);
    assert_eq!(set, vec![0, 1, 2, 4]);
}

#[test]
fn the_stable_sort_keeps_equal_keys_in_their_order() {
    let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
    sort_stable_by_key(&mut items, |(k, _)| *k);
    assert_eq!(
        items,
        vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
    );
}
