//! The corrections log's items named for the reader: a `kind/id` reference resolved to the
//! title, measure, speaker or name the reader knows the item by.

use crate::model::records::{Dataset, Lang, Text};

/// What the whole dataset's entry (`meta/dataset`) is called.
pub const INTRODUCTION: Text = Text {
    en: "Introduction",
    zh: "导语",
};

/// The reader's name for the item a correction names; the raw reference if it is unknown (the
/// build's validator rejects unknown references, so that only happens with hand-made data).
pub fn item_title(data: &Dataset, item: &str, lang: Lang) -> String {
    let Some((kind, id)) = item.split_once('/') else {
        return item.to_string();
    };
    let found = match kind {
        "meta" => Some(INTRODUCTION.get(lang).to_string()),
        "events" => data
            .events
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.get(lang).to_string()),
        "figures" => data
            .figures
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.measure.get(lang).to_string()),
        "groups" => data
            .groups
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.title.get(lang).to_string()),
        "voices" => data
            .voices
            .iter()
            .find(|v| v.id == id)
            .map(|v| v.speaker.get(lang).to_string()),
        "platforms" => data
            .platforms
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.get(lang).to_string()),
        "sources" => data.sources.iter().find(|s| s.id == id).map(|s| {
            crate::query::sources::source_label::title_text(s, lang)
                .0
                .to_string()
        }),
        _ => None,
    };
    found.unwrap_or_else(|| item.to_string())
}
