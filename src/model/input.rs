//! The shape of the hand-edited files under `data/`, as read by build.rs before validation.
//!
//! Every field is optional here on purpose: a missing field must become one validation problem
//! naming file, item and field, not a deserialiser error that stops at the first mistake.
//! Compiled into build.rs through `#[path]` and into the crate for native tests only.

use serde::Deserialize;

/// A reader-facing string; both languages are required, which validation checks.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TextIn {
    pub en: Option<String>,
    #[serde(rename = "zh-Hans")]
    pub zh: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CitationIn {
    pub source: Option<String>,
    pub excerpt: Option<String>,
}

/// `data/meta.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MetaFile {
    pub as_of: Option<String>,
    pub title: Option<TextIn>,
    pub lede: Option<TextIn>,
    /// The rest of the story, shown after the headline numbers.
    pub lede_more: Option<TextIn>,
    /// Figure ids shown as the overview's headline numbers, in order.
    #[serde(default)]
    pub headline: Vec<String>,
    /// Event ids whose dates the summary before the widget loads lists, in order.
    #[serde(default)]
    pub key_dates: Vec<String>,
}

/// `data/sources.toml`: `[[source]]` tables.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<SourceIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceIn {
    pub id: Option<String>,
    /// The outlet's headline, verbatim; or else `description`.
    pub title: Option<String>,
    /// Our description of the page, where its headline is not known.
    pub description: Option<TextIn>,
    pub publisher: Option<String>,
    /// `true` where the page names no publisher (then `publisher` is left out).
    pub unnamed: Option<bool>,
    pub kind: Option<String>,
    pub machine_translated: Option<bool>,
    /// The outlet whose reporting the page carries, in both languages.
    pub via: Option<TextIn>,
    pub date: Option<String>,
    pub precision: Option<String>,
    pub url: Option<String>,
    pub seed: Option<String>,
    pub language: Option<String>,
}

/// `data/themes.toml`, `data/actors.toml`, `data/perspectives.toml`: `[[term]]` tables.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TermsFile {
    #[serde(default)]
    pub term: Vec<TermIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TermIn {
    pub id: Option<String>,
    pub label: Option<TextIn>,
}

/// `data/events.toml`: `[[event]]` tables.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    #[serde(default)]
    pub event: Vec<EventIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EventIn {
    pub id: Option<String>,
    pub date: Option<String>,
    pub precision: Option<String>,
    pub until: Option<String>,
    pub title: Option<TextIn>,
    pub summary: Option<TextIn>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub platforms: Vec<String>,
    #[serde(default)]
    pub citations: Vec<CitationIn>,
}

/// `data/tour.toml`: `[[step]]` tables, the guided tour in order.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TourFile {
    #[serde(default)]
    pub step: Vec<StepIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StepIn {
    pub id: Option<String>,
    /// A section name (`timeline`, `numbers`, …).
    pub section: Option<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub platforms: Vec<String>,
    /// First and last day shown, `YYYY-MM-DD`; either may be left open.
    pub from: Option<String>,
    pub to: Option<String>,
    pub title: Option<TextIn>,
    pub caption: Option<TextIn>,
    #[serde(default)]
    pub citations: Vec<CitationIn>,
}

/// `data/figures.toml`: `[[group]]` and `[[figure]]` tables.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    #[serde(default)]
    pub group: Vec<GroupIn>,
    #[serde(default)]
    pub figure: Vec<FigureIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GroupIn {
    pub id: Option<String>,
    pub kind: Option<String>,
    pub title: Option<TextIn>,
    pub note: Option<TextIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FigureIn {
    pub id: Option<String>,
    pub group: Option<String>,
    pub value: Option<f64>,
    pub qualifier: Option<String>,
    pub unit: Option<String>,
    pub measure: Option<TextIn>,
    /// A few words naming the measure, for the overview's headline numbers (required there).
    pub short: Option<TextIn>,
    /// For a change (`percent-change`, `factor`): what it is a change against, or that the source
    /// does not say; its words must appear in `measure` (and `short`), so the reader sees them.
    pub baseline: Option<TextIn>,
    /// Figures whose date or definition this figure's source disputes, whatever their group:
    /// each is then marked disputed, and this figure is listed beside it.
    #[serde(default)]
    pub disputes: Vec<String>,
    pub as_of: Option<String>,
    pub precision: Option<String>,
    pub platform: Option<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub citations: Vec<CitationIn>,
}

/// `data/platforms.toml`: `[[platform]]` tables.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlatformsFile {
    #[serde(default)]
    pub platform: Vec<PlatformIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlatformIn {
    pub id: Option<String>,
    pub name: Option<TextIn>,
    pub owner: Option<TextIn>,
    pub founded: Option<u16>,
    pub headquarters: Option<TextIn>,
    pub feed: Option<String>,
    pub us_availability: Option<TextIn>,
    pub cn_availability: Option<TextIn>,
    pub summary: Option<TextIn>,
    #[serde(default)]
    pub citations: Vec<CitationIn>,
}

/// `data/voices.toml`: `[[voice]]` tables.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VoicesFile {
    #[serde(default)]
    pub voice: Vec<VoiceIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VoiceIn {
    pub id: Option<String>,
    pub speaker: Option<TextIn>,
    pub role: Option<TextIn>,
    pub affiliation: Option<TextIn>,
    pub perspective: Option<String>,
    pub date: Option<String>,
    pub precision: Option<String>,
    pub language: Option<String>,
    pub text: Option<String>,
    pub translation: Option<String>,
    pub verbatim: Option<bool>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub citations: Vec<CitationIn>,
}

/// `data/corrections.toml`: `[[correction]]` tables.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CorrectionsFile {
    #[serde(default)]
    pub correction: Vec<CorrectionIn>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CorrectionIn {
    pub date: Option<String>,
    pub item: Option<String>,
    pub what: Option<TextIn>,
    pub why: Option<TextIn>,
}
