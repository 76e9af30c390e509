#![cfg(not(target_arch = "wasm32"))]
//! The Sources section's model: which items cite each source, which sources the visible items
//! cite, and a source as plain text for copying, with the host its link shows.

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Citation;
use xhs_explainer::model::records::{
    Dataset, Date, Lang, Locator, Precision, Source, SourceKind, SourceTitle, Text, When,
};
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::item::Kind;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::filters::visible::Visible;
use xhs_explainer::query::sources::citation_text::{citation_text, host_of};
use xhs_explainer::query::sources::cited_by::CitedBy;
use xhs_explainer::query::sources::source_label::{
    kind_label, lead_publisher, publisher_name, publisher_names, reporting_name, title_text,
    ON_FILE,
};

use Kind::{Event as E, Figure as F, Voice as V};

/// Whether any citation of the item names `source`, straight from the records.
fn cites(data: &Dataset, kind: Kind, ix: usize, source: usize) -> bool {
    kind.item(data, ix)
        .citations()
        .iter()
        .any(|c| c.source as usize == source)
}

#[test]
fn each_source_lists_its_citing_items_once_in_kind_then_data_order() {
    let cited = CitedBy::of(&DATA);
    let cases: &[(u16, &[(Kind, usize)])] = &[
        // law-signed cites AP twice: listed once.
        (
            S_AP,
            &[(E, E_HOUSE), (E, E_SIGNED), (E, E_COURT), (F, F_TIKTOK_MAU)],
        ),
        (
            S_NYT,
            &[
                (E, E_COURT),
                (E, E_REFUGEES),
                (F, F_XHS_NEW),
                (V, W_CAT_TAX),
            ],
        ),
        (S_XINHUA, &[(E, E_DARK), (V, W_WELCOME), (V, W_OFFICIAL)]),
        (
            S_WIRED,
            &[
                (E, E_REFUGEES),
                (E, E_LEMON8_MONTH),
                (E, E_XHS_TOP),
                (F, F_LEMON8_RANK),
            ],
        ),
        (S_BBC, &[(V, W_OFFICIAL)]),
    ];
    for &(source, expected) in cases {
        assert_eq!(cited.all(source as usize), expected, "source {source}");
    }
    assert!(cited.all(99).is_empty());
}

#[test]
fn a_source_is_listed_when_a_visible_item_cites_it() {
    let cited = CitedBy::of(&DATA);
    let visible = |events: &[usize], figures: &[usize], voices: &[usize]| Visible {
        events: events.to_vec(),
        figures: figures.to_vec(),
        voices: voices.to_vec(),
    };
    let cases: &[(Visible, &[u16])] = &[
        (
            Visible::all(&DATA),
            &[S_AP, S_NYT, S_XINHUA, S_WIRED, S_BBC],
        ),
        (Visible::default(), &[]),
        (visible(&[E_DARK], &[], &[]), &[S_XINHUA]),
        (visible(&[], &[F_TIKTOK_MAU], &[]), &[S_AP]),
        (
            visible(&[E_COURT], &[], &[W_OFFICIAL]),
            &[S_AP, S_NYT, S_XINHUA, S_BBC],
        ),
    ];
    for (v, expected) in cases {
        let expected: Vec<usize> = expected.iter().map(|&s| s as usize).collect();
        assert_eq!(cited.sources(v), expected, "{v:?}");
    }

    // What a listed source shows, and how many of its citers the filters hide.
    let v = visible(&[E_COURT], &[], &[W_OFFICIAL]);
    assert_eq!(cited.visible(S_AP as usize, &v), [(E, E_COURT)]);
    assert_eq!(
        cited.all(S_AP as usize).len() - cited.visible(S_AP as usize, &v).len(),
        3
    );
    assert_eq!(cited.visible(S_XINHUA as usize, &v), [(V, W_OFFICIAL)]);
    assert!(cited.visible(S_WIRED as usize, &v).is_empty());
}

#[test]
fn visible_membership_follows_the_index_lists() {
    let visible = Visible {
        events: vec![1, 4, 6],
        figures: vec![],
        voices: vec![0],
    };
    let cases = [
        (E, 1, true),
        (E, 4, true),
        (E, 6, true),
        (E, 0, false),
        (E, 5, false),
        (F, 1, false),
        (V, 0, true),
        (V, 1, false),
    ];
    for (kind, ix, expected) in cases {
        assert_eq!(visible.contains(kind, ix), expected, "{kind:?} {ix}");
    }
}

#[test]
fn on_the_real_data_the_lists_match_the_citations() {
    let data = dataset();
    let cited = CitedBy::of(data);
    for s in 0..data.sources.len() {
        let mut expected = Vec::new();
        for kind in Kind::ALL {
            for ix in 0..kind.len(data) {
                if cites(data, kind, ix, s) {
                    expected.push((kind, ix));
                }
            }
        }
        assert_eq!(cited.all(s), expected, "{}", data.sources[s].id);
    }
    // Unfiltered, every source is cited by something and so listed.
    assert_eq!(
        cited.sources(&Visible::all(data)),
        (0..data.sources.len()).collect::<Vec<_>>()
    );

    // Choosing a source in the Source facet leaves it listed, with only items that cite it; every
    // other source listed is cited by one of those items.
    let index = SearchIndex::new(data);
    for s in [0, data.sources.len() / 2, data.sources.len() - 1] {
        let query = Query::default().reduce(Action::Toggle(Facet::Source, s as u16));
        let v = query.visible(data, &index);
        let listed = cited.sources(&v);
        assert!(listed.contains(&s), "{}", data.sources[s].id);
        for &t in &listed {
            assert!(
                v.items(data)
                    .any(|(ix, item)| cites(data, item.kind(), ix, t)),
                "{} is listed but no visible item cites it",
                data.sources[t].id
            );
        }
        for (kind, ix) in cited.visible(s, &v) {
            assert!(v.contains(kind, ix));
        }
    }
}

const DAY: When = When {
    date: Date::new(2025, 1, 14),
    precision: Precision::Day,
};

const SYNDICATED: Source = Source {
    id: "reuters-ap",
    title: SourceTitle::Headline("TikTok users flock to RedNote"),
    publisher: "Reuters",
    kind: SourceKind::Wire,
    machine_translated: false,
    via: Text {
        en: "AP",
        zh: "美联社",
    },
    when: DAY,
    locator: Locator::Url("https://www.reuters.com/tech/rednote?ref=x#top"),
    lang: Lang::En,
};

const ON_FILE_MT: Source = Source {
    id: "on-file",
    title: SourceTitle::Description(Text {
        en: "Report on the surge",
        zh: "关于涌入潮的报道",
    }),
    publisher: "",
    kind: SourceKind::Aggregator,
    machine_translated: true,
    via: Text { en: "", zh: "" },
    when: DAY,
    locator: Locator::Seed("000_a7c0.txt"),
    lang: Lang::Zh,
};

#[test]
fn a_citation_reads_publisher_title_date_and_where() {
    let cases: &[(&Source, Option<&str>, Lang, &str)] = &[
        (
            &SYNDICATED,
            None,
            Lang::En,
            "Reuters, carrying AP (wire agency). “TikTok users flock to RedNote”. January 14, 2025. https://www.reuters.com/tech/rednote?ref=x#top",
        ),
        (
            &SYNDICATED,
            Some("flocked"),
            Lang::Zh,
            "Reuters转载美联社（通讯社）。“TikTok users flock to RedNote”。January 14, 2025。https://www.reuters.com/tech/rednote?ref=x#top\n“flocked”",
        ),
        (
            &ON_FILE_MT,
            Some("a \"quoted\" line"),
            Lang::En,
            "Unnamed website (aggregator or SEO site). [Our description: Report on the surge]. January 14, 2025. Copy on file with the editors; no public link\n“a \"quoted\" line”",
        ),
        (
            &ON_FILE_MT,
            None,
            Lang::Zh,
            "未具名网站（聚合或引流网站）。［编者描述：关于涌入潮的报道］。January 14, 2025。编辑部存档，无公开链接",
        ),
    ];
    for &(source, excerpt, lang, expected) in cases {
        assert_eq!(
            citation_text(source, "January 14, 2025", excerpt, lang),
            expected
        );
    }
}

#[test]
fn every_real_source_copies_with_its_own_words() {
    let data = dataset();
    for s in data.sources {
        for lang in Lang::ALL {
            let text = citation_text(s, "DATE", Some("EXCERPT"), lang);
            assert!(text.starts_with(publisher_name(s, lang)), "{}", s.id);
            let (title, _) = title_text(s, lang);
            assert!(text.contains(title) && text.contains("DATE"), "{}", s.id);
            assert!(text.contains(kind_label(s.kind).get(lang)), "{}", s.id);
            assert!(text.ends_with("“EXCERPT”"), "{}", s.id);
            if !s.via.en.is_empty() {
                assert!(text.contains(s.via.get(lang)), "{}", s.id);
            }
            match s.locator {
                Locator::Url(url) => assert!(text.contains(url), "{}", s.id),
                Locator::Seed(file) => {
                    assert!(text.contains(ON_FILE.get(lang)) && !text.contains(file))
                }
            }
        }
    }
}

#[test]
fn a_link_shows_its_host() {
    let cases = [
        (
            "https://www.nytimes.com/2025/01/14/tech/rednote.html",
            "www.nytimes.com",
        ),
        ("http://example.org", "example.org"),
        ("https://example.org?q=1", "example.org"),
        ("https://example.org#top", "example.org"),
        ("https://sub.example.org:8080/path", "sub.example.org:8080"),
        ("example.org/path", "example.org"),
        ("", ""),
    ];
    for (url, expected) in cases {
        assert_eq!(host_of(url), expected, "{url}");
    }
    // Every real link has a host of its own, without path, query or fragment.
    for s in dataset().sources {
        if let Locator::Url(url) = s.locator {
            let host = host_of(url);
            assert!(host.contains('.'), "{}: {host}", s.id);
            assert!(!host.contains(['/', '?', '#']), "{}: {host}", s.id);
            assert!(url.contains(host));
        }
    }
}

#[test]
fn a_one_name_source_line_names_the_first_publisher_and_counts_the_other_sources() {
    let cite = |source| Citation {
        source,
        excerpt: "x",
    };
    let ap = publisher_name(&DATA.sources[S_AP as usize], Lang::En);
    let ap_zh = publisher_name(&DATA.sources[S_AP as usize], Lang::Zh);
    let cases: Vec<(Vec<Citation>, Lang, String)> = vec![
        (vec![], Lang::En, String::new()),
        (vec![cite(S_AP)], Lang::En, ap.to_string()),
        // The same source cited twice is one source.
        (vec![cite(S_AP), cite(S_AP)], Lang::En, ap.to_string()),
        (
            vec![cite(S_AP), cite(S_NYT), cite(S_AP)],
            Lang::En,
            format!("{ap} and 1 other"),
        ),
        (
            vec![cite(S_AP), cite(S_NYT), cite(S_BBC)],
            Lang::En,
            format!("{ap} and 2 others"),
        ),
        (
            vec![cite(S_AP), cite(S_NYT), cite(S_BBC)],
            Lang::Zh,
            format!("{ap_zh}等3个来源"),
        ),
    ];
    for (citations, lang, want) in cases {
        assert_eq!(lead_publisher(&DATA, &citations, lang), want);
    }
    // A copy of another outlet's story is led by that outlet, the one that did the reporting.
    let syndicated = xhs_explainer::model::records::Dataset {
        sources: &[SYNDICATED],
        ..DATA
    };
    let only = [cite(0)];
    assert_eq!(lead_publisher(&syndicated, &only, Lang::En), "AP");
    assert_eq!(lead_publisher(&syndicated, &only, Lang::Zh), "美联社");
}

#[test]
fn a_charts_source_line_names_each_outlet_once_in_citation_order() {
    let cite = |source| Citation {
        source,
        excerpt: "x",
    };
    let name = |s: u16, lang| reporting_name(&DATA.sources[s as usize], lang);
    let cites = [
        cite(S_NYT),
        cite(S_AP),
        cite(S_NYT),
        cite(S_BBC),
        cite(S_AP),
    ];
    for lang in [Lang::En, Lang::Zh] {
        assert_eq!(
            publisher_names(&DATA, &cites, lang),
            vec![name(S_NYT, lang), name(S_AP, lang), name(S_BBC, lang)]
        );
    }
    assert!(publisher_names(&DATA, &[], Lang::En).is_empty());
}
