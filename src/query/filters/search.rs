//! Substring search over folded haystacks, built once per dataset so that each keystroke only
//! folds the needle.
//!
//! An item matches when every whitespace-separated term of the needle is a substring of its
//! haystack (AND). Chinese is written without spaces, so "小红书难民" is one term matched as a
//! substring; mixing scripts ("tiktok 难民") works too.

use crate::model::records::{Dataset, Text};

use crate::query::filters::item::Kind;
use crate::query::filters::normalize::fold_into;

/// Between fields of a haystack. Needle terms never contain whitespace, so no term can match
/// across two fields.
const FIELD_SEPARATOR: char = '\n';

/// The folded searchable text of every event, figure, voice and platform, indexed like the
/// dataset's slices.
///
/// - event: title and summary, both languages;
/// - figure: measure, both languages;
/// - voice: text, translation, speaker, role and affiliation (both languages);
/// - platform: name and summary, both languages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchIndex {
    events: Vec<String>,
    figures: Vec<String>,
    voices: Vec<String>,
    platforms: Vec<String>,
}

impl SearchIndex {
    pub fn new(data: &Dataset) -> SearchIndex {
        SearchIndex {
            events: data
                .events
                .iter()
                .map(|e| haystack(&[], &[e.title, e.summary]))
                .collect(),
            figures: data
                .figures
                .iter()
                .map(|f| haystack(&[], &[f.measure]))
                .collect(),
            voices: data
                .voices
                .iter()
                .map(|v| {
                    haystack(
                        &[v.text, v.translation],
                        &[v.speaker, v.role, v.affiliation],
                    )
                })
                .collect(),
            platforms: data
                .platforms
                .iter()
                .map(|p| haystack(&[], &[p.name, p.summary]))
                .collect(),
        }
    }

    /// The folded haystack of item `ix` of `kind`; empty if out of range.
    pub fn haystack(&self, kind: Kind, ix: usize) -> &str {
        let all = match kind {
            Kind::Event => &self.events,
            Kind::Figure => &self.figures,
            Kind::Voice => &self.voices,
        };
        all.get(ix).map_or("", String::as_str)
    }

    /// The folded haystack of platform `ix`; empty if out of range.
    pub fn platform_haystack(&self, ix: usize) -> &str {
        self.platforms.get(ix).map_or("", String::as_str)
    }
}

fn haystack(plain: &[&str], texts: &[Text]) -> String {
    let mut out = String::new();
    let fields = plain
        .iter()
        .copied()
        .chain(texts.iter().flat_map(|t| [t.en, t.zh]));
    for field in fields {
        if !out.is_empty() {
            out.push(FIELD_SEPARATOR);
        }
        fold_into(field, &mut out);
    }
    out
}

/// The user's search text, folded and split into terms on whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Needle {
    terms: Vec<String>,
}

impl Needle {
    pub fn parse(text: &str) -> Needle {
        let folded = crate::query::filters::normalize::fold(text);
        Needle {
            terms: folded
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(String::from)
                .collect(),
        }
    }

    /// True when there is nothing to search for; an empty needle matches everything.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The folded terms, in the order typed.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether every term occurs in `haystack` (which must already be folded).
    pub fn matches(&self, haystack: &str) -> bool {
        self.terms.iter().all(|t| haystack.contains(t.as_str()))
    }
}
