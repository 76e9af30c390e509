//! The compiled-in dataset: coverage, counts, and integrity that the build's checks imply.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{GroupKind, Lang, Locator, Precision, Unit};

#[test]
fn covers_every_kind_of_content() {
    let d = dataset();
    assert!(d.events.len() >= 35, "events: {}", d.events.len());
    assert!(d.figures.len() >= 20, "figures: {}", d.figures.len());
    assert!(d.voices.len() >= 10, "voices: {}", d.voices.len());
    assert!(d.sources.len() >= 25, "sources: {}", d.sources.len());
    assert!(d.themes.len() >= 6 && d.actors.len() >= 10 && d.perspectives.len() >= 4);
    let platforms: Vec<&str> = d.platforms.iter().map(|p| p.id).collect();
    for id in [
        "tiktok",
        "xiaohongshu",
        "lemon8",
        "douyin",
        "instagram",
        "facebook",
    ] {
        assert!(platforms.contains(&id), "platform {id} missing");
    }
    let seeds = d
        .sources
        .iter()
        .filter(|s| matches!(s.locator, Locator::Seed(_)))
        .count();
    assert_eq!(seeds, 5, "each seed article is one source");
}

#[test]
fn conflicting_figures_are_kept_side_by_side() {
    let d = dataset();
    let conflicts: Vec<usize> = (0..d.groups.len())
        .filter(|&g| d.groups[g].kind == GroupKind::Conflict)
        .collect();
    assert!(conflicts.len() >= 3, "conflict groups: {}", conflicts.len());
    for g in conflicts {
        let n = d.figures_in(g as u16).count();
        assert!(
            n >= 2,
            "conflict group {} has {n} figure(s)",
            d.groups[g].id
        );
    }
    let rank_series = d
        .groups
        .iter()
        .enumerate()
        .find(|(i, g)| {
            g.kind == GroupKind::Series && d.figures_in(*i as u16).all(|f| f.unit == Unit::Rank)
        })
        .expect("an App Store rank series");
    assert!(d.figures_in(rank_series.0 as u16).count() >= 2);
}

#[test]
fn ids_are_unique_per_kind() {
    let d = dataset();
    let kinds: [(&str, Vec<&str>); 5] = [
        ("event", d.events.iter().map(|e| e.id).collect()),
        ("figure", d.figures.iter().map(|f| f.id).collect()),
        ("voice", d.voices.iter().map(|v| v.id).collect()),
        ("source", d.sources.iter().map(|s| s.id).collect()),
        ("group", d.groups.iter().map(|g| g.id).collect()),
    ];
    for (kind, ids) in kinds {
        let set: HashSet<&&str> = ids.iter().collect();
        assert_eq!(set.len(), ids.len(), "duplicate {kind} id");
    }
}

#[test]
fn every_reader_string_exists_in_both_languages() {
    let d = dataset();
    // Prose is written in each language; names ("TikTok", "Gan Liyi") may read the same.
    let mut prose = vec![d.title, d.lede];
    prose.extend(d.events.iter().flat_map(|e| [e.title, e.summary]));
    prose.extend(d.figures.iter().map(|f| f.measure));
    prose.extend(d.groups.iter().flat_map(|g| [g.title, g.note]));
    prose.extend(d.voices.iter().map(|v| v.role));
    prose.extend(
        d.platforms
            .iter()
            .flat_map(|p| [p.summary, p.us_availability]),
    );
    let mut names: Vec<_> = d.platforms.iter().map(|p| p.name).collect();
    names.extend(d.voices.iter().flat_map(|v| [v.speaker, v.affiliation]));
    names.extend(
        d.themes
            .iter()
            .chain(d.actors)
            .chain(d.perspectives)
            .map(|t| t.label),
    );
    for t in prose.iter().chain(&names) {
        for lang in Lang::ALL {
            assert!(!t.get(lang).trim().is_empty(), "{t:?} lacks {lang:?}");
        }
    }
    for t in &prose {
        assert_ne!(t.en, t.zh, "untranslated: {:?}", t.en);
    }
    for v in d.voices {
        assert!(!v.text.is_empty() && !v.translation.is_empty() && v.text != v.translation);
    }
}

#[test]
fn dates_are_ordered_and_within_the_as_of_date() {
    let d = dataset();
    let as_of = d.as_of.days_since_epoch();
    for e in d.events {
        assert!(
            e.when.date.days_since_epoch() <= as_of,
            "event {} after as_of",
            e.id
        );
        if let Some(u) = e.until {
            assert!(u.date > e.when.date, "event {} ends before it starts", e.id);
        }
        if e.when.precision == Precision::Month {
            assert_eq!(
                e.when.date.day, 0,
                "event {}: month precision has no day",
                e.id
            );
        }
    }
    // The story spans the 2024 law to the 2025 deal.
    let first = d.events.iter().map(|e| e.when.date).min().unwrap();
    let last = d.events.iter().map(|e| e.when.date).max().unwrap();
    assert!(
        first.year <= 2024 && last.year >= 2025,
        "{first:?}..{last:?}"
    );
}

#[test]
fn every_citation_points_at_a_real_source() {
    let d = dataset();
    let n = d.sources.len();
    let all = d
        .events
        .iter()
        .flat_map(|e| e.citations)
        .chain(d.figures.iter().flat_map(|f| f.citations))
        .chain(d.voices.iter().flat_map(|v| v.citations))
        .chain(d.platforms.iter().flat_map(|p| p.citations));
    for c in all {
        assert!((c.source as usize) < n && !c.excerpt.trim().is_empty());
    }
}
