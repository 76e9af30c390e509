//! Moving through a list by key (tour steps, timeline events): the arrow keys step back and
//! forward, Home and End jump to the ends, and nothing wraps around.

/// The index a key press moves to from `current` in a list of `count`; `None` for other keys
/// and past either end.
pub fn next_index(current: usize, count: usize, key: &str) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" if current < last => Some(current + 1),
        "ArrowLeft" | "ArrowUp" if current > 0 => Some(current - 1),
        "Home" if current > 0 => Some(0),
        "End" if current < last => Some(last),
        _ => None,
    }
}
