//! The sections of the explainer, in reading order, and their stable names (as used by the
//! `section` attribute, `data-section` and the tab ids).

pub use crate::model::records::Section;

/// The section a key press moves to from `current`, if the key is a tab-navigation key.
pub fn next_section(current: Section, key: &str) -> Option<Section> {
    let all: Vec<Section> = Section::ALL.iter().map(|(_, s)| *s).collect();
    let i = all.iter().position(|s| *s == current)?;
    let count = all.len();
    let j = match key {
        "ArrowRight" | "ArrowDown" => (i + 1) % count,
        "ArrowLeft" | "ArrowUp" => (i + count - 1) % count,
        "Home" => 0,
        "End" => count - 1,
        _ => return None,
    };
    Some(all[j])
}
