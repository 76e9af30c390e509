//! The one plural rule the interface needs: English nouns take their plural unless the count is
//! exactly one; Chinese counts take a measure word and no plural, so they need no rule.

/// `one` for a count of exactly 1, `many` otherwise (0 included): "1 source", "0 sources".
pub fn en(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 {
        one
    } else {
        many
    }
}
