//! Browser tests of the shared filter: chips, search, dates, reset, the live region, the URL
//! hash, language and theme. Expected counts come from the query layer, run on the same data.
//! The counts written out in full ("58 of 60 events · …") are a deliberate tripwire: a change to
//! the data that moves them is a change a reader sees, so it should be seen here too.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::state::Query;

wasm_bindgen_test_configure!(run_in_browser);

fn status(host: &Element) -> String {
    text(host, "[role=status].xhs-status")
}

async fn see_status(host: &Element, want: &str) {
    wait_for(&format!("status {want:?}"), 3000, || status(host) == want).await;
}

#[wasm_bindgen_test]
async fn the_live_region_counts_everything_at_first() {
    let (host, _m) = open(EmbedConfig::default()).await;
    let data = dataset();
    let want = format!(
        "{} of {} events · {} of {} figures · {} of {} quotes",
        data.events.len(),
        data.events.len(),
        data.figures.len(),
        data.figures.len(),
        data.voices.len(),
        data.voices.len()
    );
    assert_eq!(status(&host), want);
    let live = find(&host, ".xhs-status").unwrap();
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
}

#[wasm_bindgen_test]
async fn a_chip_narrows_every_section_and_shows_its_count() {
    let (host, _m) = open(EmbedConfig::default()).await;
    click(&host, ".xhs-facet__toggle[aria-controls=xhs-facet-p]");
    wait_for("platform chips", 2000, || {
        find(&host, "[data-term=lemon8]").is_some()
    })
    .await;
    // Lemon8: four events and two figures carry it; quotes carry no platform, so all stay.
    assert_eq!(text(&host, "[data-term=lemon8] .xhs-chip__count"), "6");
    click(&host, "[data-term=lemon8]");
    see_status(&host, "4 of 60 events · 2 of 32 figures · 27 of 27 quotes").await;
    assert_eq!(
        find(&host, "[data-term=lemon8]")
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    // Every section shows the narrowed selection, not just the count.
    click(&host, "#xhs-tab-timeline");
    wait_for("the Lemon8 events", 2000, || {
        find_all(&host, ".xhs-timeline__open").len() == 4
    })
    .await;
    let ids: Vec<String> = find_all(&host, ".xhs-timeline__open")
        .iter()
        .filter_map(|b| b.get_attribute("data-event"))
        .collect();
    assert!(ids.iter().any(|id| id == "lemon8-goes-dark"), "{ids:?}");
    click(&host, "#xhs-tab-numbers");
    wait_for("the Lemon8 figures only", 2000, || {
        let cards = find_all(&host, "[data-figure]");
        !cards.is_empty()
            && cards.iter().all(|c| {
                c.get_attribute("data-figure")
                    .is_some_and(|id| id.starts_with("lemon8") || id == "rank-lemon8")
            })
    })
    .await;
    click(&host, "#xhs-tab-voices");
    wait_for("every quote", 2000, || {
        find_all(&host, ".xhs-quote").len() == 27
    })
    .await;
}

#[wasm_bindgen_test]
async fn search_works_in_english_and_chinese_ignoring_case_and_width() {
    let (host, _m) = open(EmbedConfig::default()).await;
    // Full-width letters and mixed case fold to "tiktok refugee"; Chinese matches as typed.
    for (typed, want) in [
        (
            "ＴｉｋＴｏｋ ReFuGee",
            "2 of 60 events · 3 of 32 figures · 1 of 27 quotes",
        ),
        (
            "小红书",
            "24 of 60 events · 19 of 32 figures · 8 of 27 quotes",
        ),
        (
            "zzzz-nothing-matches",
            "0 of 60 events · 0 of 32 figures · 0 of 27 quotes",
        ),
    ] {
        set_value(&host, ".xhs-search__input", typed, "input");
        see_status(&host, want).await;
    }
    // Nothing matched the last search: an empty state, not a blank page.
    assert!(status(&host).starts_with("0 of "));
}

#[wasm_bindgen_test]
async fn every_keystroke_filters_at_once_and_stays_in_the_box() {
    let (host, _m) = open(EmbedConfig::default()).await;
    let input = || -> HtmlInputElement {
        find(&host, ".xhs-search__input")
            .unwrap()
            .dyn_into()
            .unwrap()
    };
    // Each keystroke's own count as soon as Yew has rendered it: nothing waits for a pause in
    // typing (a debounce's timer would still be pending when the render queue is empty).
    for (typed, want) in [
        ("L", "58 of 60 events · 24 of 32 figures · 27 of 27 quotes"),
        ("Lemon", "5 of 60 events · 2 of 32 figures · 0 of 27 quotes"),
        (
            "Lemon8 ",
            "5 of 60 events · 2 of 32 figures · 0 of 27 quotes",
        ),
        (
            "Lemon8 ban",
            "1 of 60 events · 0 of 32 figures · 0 of 27 quotes",
        ),
    ] {
        set_value(&host, ".xhs-search__input", typed, "input");
        rendered().await;
        assert_eq!(status(&host), want, "after typing {typed:?}");
        // The box shows this keystroke, trailing space included, not an older or tidied text.
        assert_eq!(input().value(), typed);
    }
}

#[wasm_bindgen_test]
async fn a_date_range_narrows_and_reset_restores() {
    let (host, _m) = open(EmbedConfig::default()).await;
    let full = status(&host);
    assert!(find(&host, ".xhs-reset").unwrap().has_attribute("disabled"));
    set_value(&host, ".xhs-dates__from", "2025-01-13", "change");
    set_value(&host, ".xhs-dates__to", "2025-01-16", "change");
    let want = "26 of 60 events · 16 of 32 figures · 11 of 27 quotes";
    see_status(&host, want).await;
    assert_ne!(want, full);
    click(&host, ".xhs-reset");
    see_status(&host, &full).await;
    let from: HtmlInputElement = find(&host, ".xhs-dates__from").unwrap().dyn_into().unwrap();
    assert_eq!(from.value(), "");
}

#[wasm_bindgen_test]
async fn switching_language_translates_the_interface_and_the_count() {
    let (host, _m) = open(EmbedConfig::default()).await;
    click(&host, ".xhs-lang");
    see_status(
        &host,
        "事件60个（共60个）；数据32项（共32项）；引语27条（共27条）",
    )
    .await;
    assert_in_language(&host, Lang::Zh);
}

#[wasm_bindgen_test]
async fn the_theme_switch_sets_the_host_theme() {
    let (host, _m) = open(EmbedConfig::default()).await;
    wait_for("theme on host", 1000, || {
        host.get_attribute("data-xhs-theme").as_deref() == Some("auto")
    })
    .await;
    set_value(&host, ".xhs-theme-select", "dark", "change");
    wait_for("dark theme", 1000, || {
        host.get_attribute("data-xhs-theme").as_deref() == Some("dark")
    })
    .await;
    // The tokens changed: the background is now dark.
    let bg = web_sys::window()
        .unwrap()
        .get_computed_style(&find(&host, ".xhs-app").unwrap())
        .unwrap()
        .unwrap()
        .get_property_value("background-color")
        .unwrap();
    assert_eq!(bg, "rgb(18, 18, 20)");
}

#[wasm_bindgen_test]
async fn the_filter_state_survives_in_the_url_hash_per_instance() {
    let key = "tst";
    let config = EmbedConfig {
        hash_key: key.into(),
        ..EmbedConfig::default()
    };
    let (host, m) = open(config.clone()).await;
    set_value(&host, ".xhs-search__input", "小红书", "input");
    let want = "24 of 60 events · 19 of 32 figures · 8 of 27 quotes";
    see_status(&host, want).await;
    let q = Query::from_actions(vec![Action::SetText("小红书".into())]);
    let state = xhs_explainer::query::links::hash::encode(&q, dataset());
    let part = xhs_explainer::query::links::hash::with_instance_state("", key, &state);
    // The address may take the write a moment later: a browser that refuses it (WebKit after
    // 100 writes in ten seconds) gets it again each second (src/view/links/hash_sync.rs).
    let hash = || web_sys::window().unwrap().location().hash().unwrap();
    wait_for(&format!("{part} in the address"), 12_000, || {
        hash().trim_start_matches('#').split('&').any(|p| p == part)
    })
    .await;
    drop(m);
    // A second widget with the same key starts where the first one left off.
    let (again, _m2) = open(config).await;
    see_status(&again, want).await;
    // The search box follows the restored text one render after the count does.
    wait_for("the restored search text", 2000, || {
        find(&again, ".xhs-search__input")
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .is_some_and(|i| i.value() == "小红书")
    })
    .await;
    // Clean up the hash for other tests.
    let _ = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#"));
}

#[wasm_bindgen_test]
async fn the_section_tabs_work_from_the_keyboard() {
    let (host, _m) = open(EmbedConfig {
        section: Section::Overview,
        ..EmbedConfig::default()
    })
    .await;
    let tablist = find(&host, "[role=tablist]").unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(&host, "#xhs-tab-overview")
        .unwrap()
        .dispatch_event(&ev)
        .unwrap();
    wait_for("timeline tab selected", 1000, || {
        find(&host, "[role=tab][aria-selected=true]").map(|t| t.id())
            == Some("xhs-tab-timeline".into())
    })
    .await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("End");
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    tablist.dispatch_event(&ev).unwrap();
    wait_for("sources tab selected", 1000, || {
        find(&host, "[role=tab][aria-selected=true]").map(|t| t.id())
            == Some("xhs-tab-sources".into())
    })
    .await;
    let active = shadow(&host).active_element().map(|e| e.id());
    assert_eq!(
        active.as_deref(),
        Some("xhs-tab-sources"),
        "focus follows the selected tab"
    );
}

fn displayed(host: &Element, selector: &str) -> bool {
    let el = find(host, selector).unwrap_or_else(|| panic!("nothing at {selector}"));
    web_sys::window()
        .unwrap()
        .get_computed_style(&el)
        .unwrap()
        .unwrap()
        .get_property_value("display")
        .unwrap()
        != "none"
}

#[wasm_bindgen_test]
async fn the_filters_wait_in_a_panel_behind_one_button_at_any_width() {
    for width in ["320px", "1000px"] {
        let host = fresh_host();
        host.set_attribute("style", &format!("display: block; width: {width}"))
            .unwrap();
        let _w = mount_guarded(
            &host,
            EmbedConfig {
                section: Section::Timeline,
                ..EmbedConfig::default()
            },
        );
        wait_for("the filter bar", 2000, || {
            find(&host, ".xhs-status").is_some()
        })
        .await;
        // One compact bar: search, the button, reset and the live count; the rest is folded.
        for shown in [
            ".xhs-search__input",
            ".xhs-filters__toggle",
            ".xhs-reset",
            ".xhs-status",
        ] {
            assert!(displayed(&host, shown), "{shown} at {width}");
        }
        assert!(!displayed(&host, ".xhs-filters__more"), "folded at {width}");
        let toggle = ".xhs-filters__toggle";
        assert_eq!(text(&host, toggle), "Filters");
        assert_eq!(
            find(&host, toggle)
                .unwrap()
                .get_attribute("aria-expanded")
                .as_deref(),
            Some("false")
        );
        click(&host, toggle);
        wait_for("the open panel", 2000, || {
            displayed(&host, ".xhs-filters__more")
        })
        .await;
        assert_eq!(
            find(&host, toggle)
                .unwrap()
                .get_attribute("aria-expanded")
                .as_deref(),
            Some("true")
        );
        // A chip chosen inside shows as a count on the button.
        click(&host, ".xhs-facet__toggle[aria-controls=xhs-facet-t]");
        wait_for("theme chips", 2000, || {
            find(&host, "#xhs-facet-t .xhs-chip").is_some()
        })
        .await;
        click(&host, "#xhs-facet-t .xhs-chip");
        wait_for("the active count", 2000, || {
            text(&host, toggle).contains("(1)")
        })
        .await;
    }
}

#[wasm_bindgen_test]
async fn the_filter_bar_shows_only_on_sections_it_changes() {
    let host = fresh_host();
    let _w = mount_guarded(&host, EmbedConfig::default());
    wait_for("the overview", 2000, || {
        find(&host, ".xhs-headline").is_some()
    })
    .await;
    // The story comes first: nothing on the overview depends on the filters.
    assert!(find(&host, ".xhs-filters").is_some());
    assert!(!displayed(&host, ".xhs-filters"));
    for section in [
        "timeline",
        "numbers",
        "platforms",
        "voices",
        "clock",
        "sources",
    ] {
        click(&host, &format!("#xhs-tab-{section}"));
        wait_for(section, 2000, || {
            find(&host, &format!("#xhs-panel-{section}")).is_some()
        })
        .await;
        wait_for(&format!("the filter bar on {section}"), 2000, || {
            displayed(&host, ".xhs-filters") && displayed(&host, ".xhs-status")
        })
        .await;
    }
    click(&host, "#xhs-tab-overview");
    wait_for("the overview again", 2000, || {
        !displayed(&host, ".xhs-filters")
    })
    .await;
}
