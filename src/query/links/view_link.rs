//! One instance's whole view in its URL-hash part, so that a copied link opens what its author
//! saw: the filters as [`crate::query::links::hash`] writes them, then `sec=` (the section, unless it is the
//! overview), `ev=` (the open event's id) and `tour=` (the tour step, counted from 1), each
//! omitted when unset:
//!
//! `t=surge;from=2025-01-12;sec=timeline;ev=app-store-number-one;tour=2`
//!
//! Reading is total, like the filters': an unknown section, event or step is skipped with a
//! [`HashWarning`], and the rest of the view still applies.

use crate::model::records::Dataset;

use crate::query::filters::state::Query;
use crate::query::links::hash::{decode, decode_value, encode, HashWarning};
use crate::query::links::percent;
use crate::query::section::Section;

/// What one instance shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewLink {
    pub query: Query,
    pub section: Section,
    /// The event whose detail is open, by index into `data.events`.
    pub event: Option<usize>,
    /// The tour step shown, by index into `data.tour`.
    pub step: Option<usize>,
}

/// A view read from a link, whether the link named a section, and what was skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedView {
    pub view: ViewLink,
    /// False when the link left the section out (the host's own choice then stands).
    pub has_section: bool,
    pub warnings: Vec<HashWarning>,
}

/// Serialises `view`; the default view is `""`.
pub fn encode_view(view: &ViewLink, data: &Dataset) -> String {
    let mut out = encode(&view.query, data);
    let mut part = |key: &str, value: &str| {
        if !out.is_empty() {
            out.push(';');
        }
        out.push_str(key);
        out.push('=');
        percent::encode_into(value, &mut out);
    };
    if view.section != Section::default() {
        part("sec", view.section.name());
    }
    if let Some(event) = view.event.and_then(|ix| data.events.get(ix)) {
        part("ev", event.id);
    }
    if let Some(step) = view.step.filter(|&s| s < data.tour.len()) {
        part("tour", &(step + 1).to_string());
    }
    out
}

/// Reads a state written by [`encode_view`] (or by [`encode`], or by hand). Never fails.
pub fn decode_view(state: &str, data: &Dataset) -> DecodedView {
    let mut filters = String::new();
    let mut warnings = Vec::new();
    let mut view = ViewLink::default();
    let mut has_section = false;
    for part in state.split(';').filter(|p| !p.is_empty()) {
        let (key, raw) = part.split_once('=').unwrap_or((part, ""));
        let key: &'static str = match key {
            "sec" => "sec",
            "ev" => "ev",
            "tour" => "tour",
            _ => {
                if !filters.is_empty() {
                    filters.push(';');
                }
                filters.push_str(part);
                continue;
            }
        };
        let value = decode_value(key, raw, &mut warnings);
        let found = match key {
            "sec" => Section::ALL
                .iter()
                .find(|(name, _)| *name == value)
                .map(|(_, s)| {
                    view.section = *s;
                    has_section = true;
                }),
            "ev" => data
                .events
                .iter()
                .position(|e| e.id == value)
                .map(|ix| view.event = Some(ix)),
            _ => value
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=data.tour.len()).contains(n))
                .map(|n| view.step = Some(n - 1)),
        };
        if found.is_none() {
            warnings.push(HashWarning::UnknownValue { key, value });
        }
    }
    let decoded = decode(&filters, data);
    view.query = decoded.query;
    warnings.splice(0..0, decoded.warnings);
    DecodedView {
        view,
        has_section,
        warnings,
    }
}
