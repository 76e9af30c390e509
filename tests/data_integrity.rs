//! The compiled-in dataset: coverage, counts, and integrity that the build's checks imply.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{GroupKind, Lang, Locator, Precision, Unit};

#[test]
fn covers_every_kind_of_content() {
    let data = dataset();
    assert!(data.events.len() >= 35, "events: {}", data.events.len());
    assert!(data.figures.len() >= 20, "figures: {}", data.figures.len());
    assert!(data.voices.len() >= 10, "voices: {}", data.voices.len());
    assert!(data.sources.len() >= 25, "sources: {}", data.sources.len());
    assert!(data.themes.len() >= 6 && data.actors.len() >= 10 && data.perspectives.len() >= 4);
    let platforms: Vec<&str> = data.platforms.iter().map(|p| p.id).collect();
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
    let seeds = data
        .sources
        .iter()
        .filter(|s| matches!(s.locator, Locator::Seed(_)))
        .count();
    assert_eq!(seeds, 5, "each seed article is one source");
}

#[test]
fn conflicting_figures_are_kept_side_by_side() {
    let data = dataset();
    let conflicts: Vec<usize> = (0..data.groups.len())
        .filter(|&g| data.groups[g].kind == GroupKind::Conflict)
        .collect();
    assert!(conflicts.len() >= 3, "conflict groups: {}", conflicts.len());
    for g in conflicts {
        let count = data.figures_in(g as u16).count();
        assert!(
            count >= 2,
            "conflict group {} has {count} figure(s)",
            data.groups[g].id
        );
    }
    let rank_series = data
        .groups
        .iter()
        .enumerate()
        .find(|(i, g)| {
            g.kind == GroupKind::Series && data.figures_in(*i as u16).all(|f| f.unit == Unit::Rank)
        })
        .expect("an App Store rank series");
    assert!(data.figures_in(rank_series.0 as u16).count() >= 2);
}

#[test]
fn ids_are_unique_per_kind() {
    let data = dataset();
    let kinds: [(&str, Vec<&str>); 6] = [
        ("event", data.events.iter().map(|e| e.id).collect()),
        ("figure", data.figures.iter().map(|f| f.id).collect()),
        ("voice", data.voices.iter().map(|v| v.id).collect()),
        ("source", data.sources.iter().map(|s| s.id).collect()),
        ("group", data.groups.iter().map(|g| g.id).collect()),
        ("tour step", data.tour.iter().map(|s| s.id).collect()),
    ];
    for (kind, ids) in kinds {
        let set: HashSet<&&str> = ids.iter().collect();
        assert_eq!(set.len(), ids.len(), "duplicate {kind} id");
    }
}

#[test]
fn every_reader_string_exists_in_both_languages() {
    let data = dataset();
    // Prose is written in each language; names ("TikTok", "Gan Liyi") may read the same.
    let mut prose = vec![data.title, data.lede, data.lede_more];
    prose.extend(
        data.headline
            .iter()
            .map(|&i| data.figures[i as usize].short),
    );
    prose.extend(data.events.iter().flat_map(|e| [e.title, e.summary]));
    prose.extend(data.figures.iter().map(|f| f.measure));
    prose.extend(data.groups.iter().flat_map(|g| [g.title, g.note]));
    prose.extend(data.voices.iter().map(|voice| voice.role));
    prose.extend(data.tour.iter().flat_map(|s| [s.title, s.caption]));
    prose.extend(
        data.platforms
            .iter()
            .flat_map(|p| [p.summary, p.us_availability]),
    );
    let mut names: Vec<_> = data.platforms.iter().map(|p| p.name).collect();
    names.extend(
        data.voices
            .iter()
            .flat_map(|voice| [voice.speaker, voice.affiliation]),
    );
    names.extend(
        data.themes
            .iter()
            .chain(data.actors)
            .chain(data.perspectives)
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
    for voice in data.voices {
        assert!(
            !voice.text.is_empty()
                && !voice.translation.is_empty()
                && voice.text != voice.translation
        );
    }
}

#[test]
fn dates_are_ordered_and_within_the_as_of_date() {
    let data = dataset();
    let as_of = data.as_of.days_since_epoch();
    for e in data.events {
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
    let first = data.events.iter().map(|e| e.when.date).min().unwrap();
    let last = data.events.iter().map(|e| e.when.date).max().unwrap();
    assert!(
        first.year <= 2024 && last.year >= 2025,
        "{first:?}..{last:?}"
    );
}

#[test]
fn every_citation_points_at_a_real_source() {
    let data = dataset();
    let count = data.sources.len();
    let all = data
        .events
        .iter()
        .flat_map(|e| e.citations)
        .chain(data.figures.iter().flat_map(|f| f.citations))
        .chain(data.voices.iter().flat_map(|voice| voice.citations))
        .chain(data.platforms.iter().flat_map(|p| p.citations))
        .chain(data.tour.iter().flat_map(|s| s.citations));
    for c in all {
        assert!((c.source as usize) < count && !c.excerpt.trim().is_empty());
    }
}
