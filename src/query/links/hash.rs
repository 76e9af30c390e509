//! The query state serialised into a URL fragment, and per-instance scoping of the fragment, so
//! that a link reproduces what its author saw.
//!
//! # One instance's state
//!
//! `t=law,courts;p=xiaohongshu;from=2025-01-13;to=2025-01-20;q=tiktok%20refugee`
//!
//! - parts are separated by `;`, key from value by the first `=`, facet terms by `,`;
//! - facet keys are [`Facet::key`](crate::query::filters::facet::Facet::key) (`t a p s v`), followed by
//!   the terms' *ids* (not indices), so links survive data edits that reorder or insert terms;
//!   ids are written in selection order (ascending index);
//! - `from`/`to` are `YYYY-MM-DD` (`YYYY-MM` and `YYYY` are read too, meaning the whole month or
//!   year as in `span.rs`);
//! - `q` is the search text as typed;
//! - every id and the text are percent-encoded as UTF-8 with everything but `A–Z a–z 0–9 - . _ ~`
//!   encoded (see `percent.rs`), so `; = , & # %` in the text cannot be mistaken for structure;
//! - parts are written in a fixed order (`t a p s v from to q`) and omitted when empty, so the
//!   default query is `""` and equal queries give equal strings.
//!
//! Reading is total: unknown keys, unknown ids, bad dates and malformed escapes are skipped and
//! reported as [`HashWarning`](crate::query::links::hash::HashWarning)s; it never panics. Repeated
//! facet keys add up; for repeated `from`/`to`/`q` the last valid one wins. A reversed date range
//! is swapped (as by `Action::SetRange`).
//!
//! # Several instances in one fragment
//!
//! `#xhs1=t=law;q=tiktok&xhs2=p=rednote` — instance parts are separated by `&`, and each is the
//! instance key, `=`, then that instance's state as above. The state never contains `&` or `#`
//! (both would be percent-encoded), so splitting on `&` is safe, and the key is everything before
//! the *first* `=` (the state's own `=` come after it). Parts that are not ours (another
//! instance, or a host page's `#section` anchor) are kept unchanged and in order.

use crate::model::records::{Dataset, Date};

use crate::query::filters::action::Action;
use crate::query::filters::facet::Facet;
use crate::query::filters::state::Query;
use crate::query::iso_date::{parse_date, push_date};
use crate::query::links::percent;

/// Something in a fragment that was skipped while reading it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HashWarning {
    /// A part whose key is not a facet key, `from`, `to` or `q`.
    UnknownKey(String),
    /// A part with no `=`.
    MissingValue(String),
    /// A facet term id that the dataset does not have (perhaps renamed or removed).
    UnknownTerm { facet: Facet, id: String },
    /// A `from`/`to` value that is not a valid `YYYY[-MM[-DD]]` date.
    BadDate { key: &'static str, value: String },
    /// A stray `%` or invalid UTF-8 in the value of `key`; the value was read as best it could.
    BadEncoding { key: String },
    /// A section, event or tour step that the widget does not have (see `view_link`).
    UnknownValue { key: &'static str, value: String },
}

impl core::fmt::Display for HashWarning {
    fn fmt(&self, out: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            HashWarning::UnknownKey(key) => {
                write!(out, "unknown key `{key}` ignored; the keys are ")?;
                for facet in Facet::ALL {
                    write!(out, "{}, ", facet.key())?;
                }
                out.write_str("from, to and q")
            }
            HashWarning::MissingValue(part) => write!(out, "`{part}` has no `=`; ignored"),
            HashWarning::UnknownTerm { facet, id } => {
                write!(out, "unknown `{}` id `{id}` ignored", facet.key())
            }
            HashWarning::BadDate { key, value } => write!(out, "bad date `{key}={value}` ignored"),
            HashWarning::BadEncoding { key } => {
                write!(out, "malformed percent-encoding in `{key}`")
            }
            HashWarning::UnknownValue { key, value } => {
                write!(out, "unknown `{key}` value `{value}` ignored")
            }
        }
    }
}

/// The result of reading a fragment: the query, and what was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub query: Query,
    pub warnings: Vec<HashWarning>,
}

/// Serialises `query`. Selected indices with no term in `data` are left out.
pub fn encode(query: &Query, data: &Dataset) -> String {
    let mut out = String::new();
    for facet in Facet::ALL {
        let ids: Vec<&str> = query
            .selection(facet)
            .iter()
            .filter_map(|ix| facet.term_id(data, ix))
            .collect();
        if ids.is_empty() {
            continue;
        }
        begin_part(&mut out, facet.key());
        for (i, id) in ids.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            percent::encode_into(id, &mut out);
        }
    }
    for (key, date) in [("from", query.from()), ("to", query.to())] {
        if let Some(date) = date {
            begin_part(&mut out, key);
            push_date(date, &mut out);
        }
    }
    if !query.text().is_empty() {
        begin_part(&mut out, "q");
        percent::encode_into(query.text(), &mut out);
    }
    out
}

/// Reads a state written by [`encode`] (or edited by hand). Never fails; see [`HashWarning`].
pub fn decode(fragment: &str, data: &Dataset) -> Decoded {
    let mut warnings = Vec::new();
    let mut terms = Vec::new();
    let (mut from, mut to, mut text) = (None, None, None);
    for part in fragment.split(';').filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            warnings.push(HashWarning::MissingValue(part.to_string()));
            continue;
        };
        if let Some(facet) = Facet::from_key(key) {
            for raw in value.split(',').filter(|v| !v.is_empty()) {
                let id = decode_value(key, raw, &mut warnings);
                match facet.term_index(data, &id) {
                    Some(ix) => terms.push((facet, ix)),
                    None => warnings.push(HashWarning::UnknownTerm { facet, id }),
                }
            }
            continue;
        }
        match key {
            "from" => from = read_date("from", value, &mut warnings).or(from),
            "to" => to = read_date("to", value, &mut warnings).or(to),
            "q" => text = Some(decode_value(key, value, &mut warnings)),
            _ => warnings.push(HashWarning::UnknownKey(key.to_string())),
        }
    }
    let mut query = Query::default();
    for (facet, ix) in terms {
        // A term listed twice is selected once, not toggled off again.
        if !query.is_selected(facet, ix) {
            query = query.reduce(Action::Toggle(facet, ix));
        }
    }
    if from.is_some() || to.is_some() {
        query = query.reduce(Action::SetRange(from, to));
    }
    if let Some(text) = text {
        query = query.reduce(Action::SetText(text));
    }
    Decoded { query, warnings }
}

/// Starts a `key=` part, after a `;` unless it is the first.
fn begin_part(out: &mut String, key: &str) {
    if !out.is_empty() {
        out.push(';');
    }
    out.push_str(key);
    out.push('=');
}

fn read_date(key: &'static str, value: &str, warnings: &mut Vec<HashWarning>) -> Option<Date> {
    let date = parse_date(value);
    if date.is_none() {
        warnings.push(HashWarning::BadDate {
            key,
            value: value.to_string(),
        });
    }
    date
}

pub(super) fn decode_value(key: &str, raw: &str, warnings: &mut Vec<HashWarning>) -> String {
    let decoded = percent::decode(raw);
    if decoded.malformed {
        warnings.push(HashWarning::BadEncoding {
            key: key.to_string(),
        });
    }
    decoded.text
}

/// The state of instance `key` in a location fragment of several instances, if present (the
/// first, if repeated). The fragment may start with `#`. A present but empty state is `Some("")`.
pub fn instance_state<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    let key = percent::encode(key);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .filter_map(|part| part.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, state)| state)
}

/// `fragment` with instance `key`'s state replaced by `state` (appended if absent, removed if
/// `state` is empty), every other part kept in order. The result has no leading `#`; it is `""`
/// when nothing is left. `state` should come from [`encode`].
pub fn with_instance_state(fragment: &str, key: &str, state: &str) -> String {
    let key = percent::encode(key);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut parts: Vec<String> = Vec::new();
    let mut placed = false;
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let ours = part.split_once('=').is_some_and(|(k, _)| k == key);
        if !ours {
            parts.push(part.to_string());
        } else if !placed && !state.is_empty() {
            parts.push(instance_part(&key, state));
            placed = true;
        }
    }
    if !placed && !state.is_empty() {
        parts.push(instance_part(&key, state));
    }
    parts.join("&")
}

fn instance_part(key: &str, state: &str) -> String {
    let mut part = String::with_capacity(key.len() + 1 + state.len());
    part.push_str(key);
    part.push('=');
    part.push_str(state);
    part
}
