//! The sections of the explainer, in reading order, and their stable names (as used by the
//! `section` attribute, `data-section` and the tab ids).

/// The sections of the explainer, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Section {
    #[default]
    Overview,
    Timeline,
    Numbers,
    Platforms,
    Voices,
    Clock,
    Sources,
}

impl Section {
    pub const ALL: [(&'static str, Section); 7] = [
        ("overview", Section::Overview),
        ("timeline", Section::Timeline),
        ("numbers", Section::Numbers),
        ("platforms", Section::Platforms),
        ("voices", Section::Voices),
        ("clock", Section::Clock),
        ("sources", Section::Sources),
    ];

    pub fn name(self) -> &'static str {
        name_of(self, &Self::ALL)
    }
}

/// The name of `v` in a `(name, value)` table; empty if it is not there.
pub(crate) fn name_of<'a, T: PartialEq + Copy>(v: T, table: &[(&'a str, T)]) -> &'a str {
    table
        .iter()
        .find(|(_, x)| *x == v)
        .map(|(n, _)| *n)
        .unwrap_or("")
}

/// The section a key press moves to from `current`, if the key is a tab-navigation key.
pub fn next_section(current: Section, key: &str) -> Option<Section> {
    let all: Vec<Section> = Section::ALL.iter().map(|(_, s)| *s).collect();
    let i = all.iter().position(|s| *s == current)?;
    let n = all.len();
    let j = match key {
        "ArrowRight" | "ArrowDown" => (i + 1) % n,
        "ArrowLeft" | "ArrowUp" => (i + n - 1) % n,
        "Home" => 0,
        "End" => n - 1,
        _ => return None,
    };
    Some(all[j])
}
