//! A synthetic dataset of N events with the real schema, for measuring the widget at scale.
//!
//! build.rs swaps it in when `XHS_SYNTHETIC_EVENTS=N` is set (the benchmark does this); the real
//! data files are never touched. Events are derived from the real ones (same vocabularies,
//! sources and citations) with spread-out dates and deterministic pseudo-random facets, so filters
//! and search behave as they would on a large real dataset.

use super::input::{EventIn, TextIn};
use super::validate::Checked;

/// The environment variable build.rs reads.
pub const ENV: &str = "XHS_SYNTHETIC_EVENTS";

/// Replaces the events of `real` with `n` synthetic ones (the summary's key dates, which name
/// real events, become the first six synthetic ones).
pub fn scale(real: &Checked, count: usize) -> Checked {
    let mut out = real.clone();
    out.meta.key_dates = (0..count.min(6))
        .map(|i| format!("synthetic-{i}"))
        .collect();
    let base = &real.events;
    if base.is_empty() {
        return out;
    }
    let theme_ids: Vec<String> = real.themes.iter().filter_map(|t| t.id.clone()).collect();
    let actor_ids: Vec<String> = real.actors.iter().filter_map(|t| t.id.clone()).collect();
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        // xorshift64*: deterministic, so every synthetic build is identical.
        rng ^= rng >> 12;
        rng ^= rng << 25;
        rng ^= rng >> 27;
        rng.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    out.events = (0..count)
        .map(|i| {
            let model = &base[i % base.len()];
            // Spread over 2024-01-01 .. 2026-12-31 (1096 days).
            let day = 19723 + (next() % 1096) as i32;
            let data = super::records::Date::from_days_since_epoch(day);
            let pick = |ids: &[String], r: u64| -> Vec<String> {
                if ids.is_empty() {
                    return vec![];
                }
                let a = &ids[(r % ids.len() as u64) as usize];
                let b = &ids[((r >> 16) % ids.len() as u64) as usize];
                if a == b {
                    vec![a.clone()]
                } else {
                    vec![a.clone(), b.clone()]
                }
            };
            let suffix = |t: &Option<TextIn>| TextIn {
                en: t
                    .as_ref()
                    .and_then(|t| t.en.clone())
                    .map(|s| format!("{s} (#{i})")),
                zh: t
                    .as_ref()
                    .and_then(|t| t.zh.clone())
                    .map(|s| format!("{s}（#{i}）")),
            };
            EventIn {
                id: Some(format!("synthetic-{i}")),
                date: Some(format!(
                    "{:04}-{:02}-{:02}",
                    data.year, data.month, data.day
                )),
                precision: Some("day".into()),
                until: None,
                title: Some(suffix(&model.title)),
                summary: model.summary.clone(),
                themes: pick(&theme_ids, next()),
                actors: pick(&actor_ids, next()),
                platforms: model.platforms.clone(),
                citations: model.citations.clone(),
            }
        })
        .collect();
    out
}
