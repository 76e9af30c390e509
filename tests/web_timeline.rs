//! Browser tests of the Timeline section and the event dialog, written as a reader's script:
//! open the timeline, pick a range, open an event, copy a citation, close it again.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement};
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::Section;
use xhs_explainer::model::records::Lang as ReaderLang;
use xhs_explainer::model::records::{Date, Locator};
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::span::range_span;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::sources::source_label::{publisher_name, title_text};
use xhs_explainer::query::timeline::{day_groups, range_preset, RANGE_PRESETS};

wasm_bindgen_test_configure!(run_in_browser);

// ------------------------------------------------------------------ the reader's actions

/// Mounts the widget on the Timeline and waits for its days.
async fn open_timeline() -> Widget {
    let (host, w) = open_section(Section::Timeline).await;
    wait_for("the timeline's days", 3000, || {
        !find_all(&host, ".xhs-timeline__day").is_empty()
    })
    .await;
    w
}

/// The event buttons in the day list.
fn event_buttons(host: &Element) -> Vec<Element> {
    find_all(host, ".xhs-timeline__days .xhs-timeline__open")
}

/// How many events the headless query leaves visible after `actions`.
fn expected_events(actions: Vec<Action>) -> usize {
    let data = dataset();
    Query::from_actions(actions)
        .visible(data, &SearchIndex::new(data))
        .events
        .len()
}

fn pressed(host: &Element, preset: &str) -> String {
    find(host, &format!("[data-preset=\"{preset}\"]"))
        .and_then(|b| b.get_attribute("aria-pressed"))
        .unwrap_or_default()
}

/// Focuses the event's button in the list and activates it, like a keyboard reader would.
fn open_event(host: &Element, id: &str) -> Element {
    let button = find(host, &format!(".xhs-timeline__days [data-event=\"{id}\"]"))
        .unwrap_or_else(|| panic!("no button for event {id}"));
    let b: HtmlElement = button.clone().dyn_into().unwrap();
    b.focus().unwrap();
    b.click();
    button
}

/// Replaces `navigator.clipboard` with one that records what it is asked to write, until dropped.
struct RecordingClipboard;

impl RecordingClipboard {
    fn install() -> RecordingClipboard {
        let write = js_sys::Function::new_with_args(
            "text",
            "globalThis.__xhsCopied = text; return Promise.resolve();",
        );
        let fake = js_sys::Object::new();
        js_sys::Reflect::set(&fake, &"writeText".into(), &write).unwrap();
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"value".into(), &fake).unwrap();
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        let navigator = gloo::utils::window().navigator();
        js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
        RecordingClipboard
    }

    fn copied(&self) -> Option<String> {
        js_sys::Reflect::get(&js_sys::global(), &"__xhsCopied".into())
            .ok()
            .and_then(|v| v.as_string())
    }
}

impl Drop for RecordingClipboard {
    fn drop(&mut self) {
        let navigator = gloo::utils::window().navigator();
        let _ = js_sys::Reflect::delete_property(&navigator, &"clipboard".into());
        let _ = js_sys::Reflect::delete_property(&js_sys::global(), &"__xhsCopied".into());
    }
}

// ------------------------------------------------------------------ the timeline

#[wasm_bindgen_test]
async fn unfiltered_it_shows_every_event_grouped_by_day() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let data = dataset();
    let all: Vec<usize> = (0..data.events.len()).collect();
    let groups = day_groups(data, &all);

    assert_eq!(event_buttons(host).len(), data.events.len());
    let days = find_all(host, ".xhs-timeline__day");
    assert_eq!(days.len(), groups.len(), "one group per distinct date");
    // Each day is headed by its date, machine-readable and in order.
    let stamps: Vec<String> = find_all(host, ".xhs-timeline__date time")
        .iter()
        .map(|t| t.get_attribute("datetime").unwrap_or_default())
        .collect();
    let expected: Vec<String> = groups
        .iter()
        .map(|g| xhs_explainer::query::iso_date::format_date(g.date))
        .collect();
    assert_eq!(stamps, expected);
    // One mark per dated day on the strip (an undated group has no place on the axis), and
    // nothing positioned by style= (strict CSP).
    let dated = groups.iter().filter(|g| !g.before).count();
    assert_eq!(dated, groups.len() - 1);
    assert_eq!(find_all(host, ".xhs-axis__mark").len(), dated);
    assert!(find_all(host, "[style]").is_empty());
    assert_eq!(pressed(host, "all"), "true");
}

#[wasm_bindgen_test]
async fn the_surge_days_stand_out() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let data = dataset();
    let surge = range_preset("surge").expect("a surge preset");
    let span = range_span(surge.from, surge.to);
    let all: Vec<usize> = (0..data.events.len()).collect();
    let surge_days = day_groups(data, &all)
        .iter()
        .filter(|g| !g.before && g.date.day != 0 && span.contains(g.date.days_since_epoch()))
        .count();
    assert!(surge_days > 0);
    assert_eq!(find_all(host, ".xhs-axis__mark--surge").len(), surge_days);
    assert_eq!(
        find_all(host, ".xhs-timeline__day--surge").len(),
        surge_days
    );
    assert!(find(host, ".xhs-axis__surge-band").is_some());
    // Not by colour alone: each surge day says so in words.
    assert_eq!(find_all(host, ".xhs-timeline__surge").len(), surge_days);
}

#[wasm_bindgen_test]
async fn a_mark_on_the_strip_leads_to_its_day_in_the_list() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let mark = find(host, ".xhs-axis__mark[data-day=\"2024-04-24\"]").expect("the law's mark");
    let init = EventInit::new();
    init.set_bubbles(true);
    mark.dispatch_event(&Event::new_with_event_init_dict("click", &init).unwrap())
        .unwrap();
    let first = find(
        host,
        ".xhs-timeline__day[data-day=\"2024-04-24\"] .xhs-timeline__open",
    );
    assert!(first.is_some());
    // Focus follows once the list has rendered that day (it may first have to show more days).
    wait_for("focus on the day's first event", 2000, || {
        focused(host) == first
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_range_preset_narrows_the_events_to_its_range() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let total = dataset().events.len();
    for id in ["law-2024", "surge"] {
        let preset = range_preset(id).unwrap();
        let expected = expected_events(vec![preset.action()]);
        assert!(expected > 0 && expected < total, "{id} narrows");
        click(host, &format!("[data-preset=\"{id}\"]"));
        wait_for(&format!("{expected} events in {id}"), 2000, || {
            event_buttons(host).len() == expected
        })
        .await;
        assert_eq!(pressed(host, id), "true");
        assert_eq!(pressed(host, "all"), "false");
        let others = RANGE_PRESETS.iter().filter(|p| p.id != id);
        assert!(others.clone().all(|p| pressed(host, p.id) == "false"));
    }
    click(host, "[data-preset=\"all\"]");
    wait_for("every event again", 2000, || {
        event_buttons(host).len() == total
    })
    .await;
    assert_eq!(pressed(host, "all"), "true");
}

#[wasm_bindgen_test]
async fn the_from_and_to_inputs_narrow_the_events() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let from = Date::new(2025, 1, 13);
    let to = Date::new(2025, 1, 16);

    set_value(host, ".xhs-dates__from", "2025-01-13", "change");
    let expected = expected_events(vec![Action::SetFrom(Some(from))]);
    wait_for("events from 13 January", 2000, || {
        event_buttons(host).len() == expected
    })
    .await;

    set_value(host, ".xhs-dates__to", "2025-01-16", "change");
    let expected = expected_events(vec![Action::SetFrom(Some(from)), Action::SetTo(Some(to))]);
    wait_for("events of 13–16 January", 2000, || {
        event_buttons(host).len() == expected
    })
    .await;
    assert!(expected < dataset().events.len());
    // A hand-picked range is no preset; the strip outlines it.
    assert!(RANGE_PRESETS.iter().all(|p| pressed(host, p.id) == "false"));
    assert!(find(host, ".xhs-axis__range").is_some());

    // Clearing an input opens that end again.
    set_value(host, ".xhs-dates__from", "", "change");
    let expected = expected_events(vec![Action::SetTo(Some(to))]);
    wait_for("events up to 16 January", 2000, || {
        event_buttons(host).len() == expected
    })
    .await;
}

#[wasm_bindgen_test]
async fn with_nothing_left_it_says_why_and_offers_a_reset() {
    let widget = open_timeline().await;
    let host = &widget.host;
    set_value(host, ".xhs-dates__from", "2030-01-01", "change");
    wait_for("the empty state", 2000, || {
        find(host, ".xhs-timeline__empty").is_some()
    })
    .await;
    assert!(event_buttons(host).is_empty());
    assert!(text(host, ".xhs-timeline__active").contains("2030"));
    click(host, ".xhs-timeline__reset");
    wait_for("every event again", 2000, || {
        event_buttons(host).len() == dataset().events.len()
    })
    .await;
}

#[wasm_bindgen_test]
async fn switching_language_shows_chinese_dates() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let heading = |i: usize| {
        find_all(host, ".xhs-timeline__date time")
            .get(i)
            .map(text_of)
            .unwrap_or_default()
    };
    // The undated event leads, headed by what is known: that it came before the post.
    assert_eq!(heading(0), "before January 16, 2025");
    assert_eq!(heading(1), "December 2022");
    click(host, ".xhs-lang");
    wait_for("a Chinese date heading", 2000, || heading(1).contains('年')).await;
    assert_eq!(heading(0), "2025年1月16日前");
    assert_eq!(heading(1), "2022年12月");
    assert_eq!(
        text(host, "[data-preset=\"all\"]"),
        RANGE_PRESETS[0].label.zh
    );
    let law = find(
        host,
        "[data-event=\"divest-or-ban-law-signed\"] .xhs-timeline__title",
    );
    assert_eq!(
        law.and_then(|e| e.text_content()).as_deref(),
        dataset()
            .event("divest-or-ban-law-signed")
            .map(|e| e.title.zh)
    );
}

// ------------------------------------------------------------------ the event dialog

#[wasm_bindgen_test]
async fn an_event_opens_with_its_citations_and_escape_gives_focus_back() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let event = dataset().event("divest-or-ban-law-signed").unwrap();
    let opener = open_event(host, event.id);
    wait_for("the dialog", 2000, || find(host, "[role=dialog]").is_some()).await;

    let dialog = find(host, "[role=dialog]").unwrap();
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    let title_id = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(text(host, &format!("#{title_id}")), event.title.en);
    assert_eq!(text(host, ".xhs-dialog__summary"), event.summary.en);
    assert_eq!(find_all(host, ".xhs-citation").len(), event.citations.len());
    assert_eq!(
        find_all(host, ".xhs-citation__excerpt").len(),
        event.citations.len()
    );
    // Focus moves into the dialog (when it opens, which is just after it renders).
    wait_for("focus inside the dialog", 2000, || {
        focused(host).is_some_and(|f| dialog.contains(Some(&f)))
    })
    .await;
    let inside = focused(host).unwrap();

    press(&inside, "Escape", false);
    wait_for("the dialog to close", 2000, || {
        find(host, "[role=dialog]").is_none()
    })
    .await;
    wait_for("focus back on the event", 2000, || {
        focused(host).as_ref() == Some(&opener)
    })
    .await;
}

#[wasm_bindgen_test]
async fn tab_stays_inside_the_dialog() {
    let widget = open_timeline().await;
    let host = &widget.host;
    open_event(host, "divest-or-ban-law-signed");
    wait_for("the dialog", 2000, || find(host, "[role=dialog]").is_some()).await;
    let first = find(host, ".xhs-dialog__close").unwrap();
    let last = find(host, ".xhs-dialog__done").unwrap();
    // The dialog has opened once it has moved focus to its first control.
    wait_for("the dialog to take focus", 2000, || {
        focused(host).as_ref() == Some(&first)
    })
    .await;

    last.clone()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    press(&last, "Tab", false);
    assert_eq!(
        focused(host).as_ref(),
        Some(&first),
        "Tab wraps to the start; focus is on {:?}",
        focused(host).map(|f| f.outer_html().chars().take(120).collect::<String>())
    );
    press(&first, "Tab", true);
    assert_eq!(
        focused(host).as_ref(),
        Some(&last),
        "Shift+Tab wraps to the end"
    );

    click(host, ".xhs-dialog__done");
    wait_for("the dialog to close", 2000, || {
        find(host, "[role=dialog]").is_none()
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_click_on_the_backdrop_closes_the_dialog() {
    let widget = open_timeline().await;
    let host = &widget.host;
    open_event(host, "divest-or-ban-law-signed");
    wait_for("the dialog", 2000, || find(host, "[role=dialog]").is_some()).await;
    // A click inside the content does not close it…
    click(host, ".xhs-dialog__summary");
    assert!(find(host, "[role=dialog]").is_some());
    // …a click on the backdrop (reported on the <dialog> itself) does.
    click(host, "[role=dialog]");
    wait_for("the dialog to close", 2000, || {
        find(host, "[role=dialog]").is_none()
    })
    .await;
}

#[wasm_bindgen_test]
async fn copying_a_citation_puts_it_on_the_clipboard_and_says_so() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let clipboard = RecordingClipboard::install();
    let event = dataset().event("divest-or-ban-law-signed").unwrap();
    open_event(host, event.id);
    wait_for("the dialog", 2000, || find(host, "[role=dialog]").is_some()).await;

    click(host, ".xhs-citation .xhs-copy__button");
    wait_for("the copy status", 2000, || {
        text(host, ".xhs-citation .xhs-copy__status") == "Copied"
    })
    .await;
    let status = find(host, ".xhs-citation .xhs-copy__status").unwrap();
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));

    let cited = event.citations[0];
    let source = &dataset().sources[cited.source as usize];
    let copied = clipboard.copied().expect("writeText was called");
    assert!(
        copied.contains(publisher_name(source, ReaderLang::En)),
        "{copied}"
    );
    assert!(
        copied.contains(title_text(source, ReaderLang::En).0),
        "{copied}"
    );
    assert!(copied.contains(&format!("“{}”", cited.excerpt)), "{copied}");
    match source.locator {
        Locator::Url(url) => assert!(copied.contains(url), "{copied}"),
        Locator::Seed(file) => assert!(copied.contains(file), "{copied}"),
    }
}

#[wasm_bindgen_test]
async fn arrow_keys_move_through_the_events_each_described_by_its_date() {
    let w = open_timeline().await;
    let host = w.host.clone();
    let buttons = event_buttons(&host);
    assert!(buttons.len() > 3);
    let focus = |i: usize| {
        buttons[i]
            .dyn_ref::<HtmlElement>()
            .unwrap()
            .focus()
            .unwrap()
    };
    let at = || {
        let f = focused(&host).expect("focus in the widget");
        buttons.iter().position(|b| *b == f)
    };
    focus(0);
    press(&buttons[0], "ArrowDown", false);
    assert_eq!(at(), Some(1));
    press(&buttons[1], "ArrowRight", false);
    assert_eq!(at(), Some(2));
    press(&buttons[2], "ArrowUp", false);
    assert_eq!(at(), Some(1));
    press(&buttons[1], "End", false);
    assert_eq!(at(), Some(buttons.len() - 1));
    // No wrapping past the ends.
    press(&buttons[buttons.len() - 1], "ArrowDown", false);
    assert_eq!(at(), Some(buttons.len() - 1));
    press(&buttons[buttons.len() - 1], "Home", false);
    assert_eq!(at(), Some(0));
    // Each button is described by its day's heading: the date is announced with the event.
    for b in &buttons {
        let id = b.get_attribute("aria-describedby").expect("described");
        let heading = shadow(&host)
            .get_element_by_id(&id)
            .expect("the day heading");
        assert_eq!(heading.tag_name(), "H4");
        let day = heading.closest(".xhs-timeline__day").unwrap().unwrap();
        assert!(day.contains(Some(b)));
    }
}

#[wasm_bindgen_test]
async fn the_censorship_newcomers_met_is_an_event_with_its_sources() {
    let widget = open_timeline().await;
    let host = &widget.host;
    let event = dataset().event("newcomers-meet-censorship").unwrap();
    open_event(host, event.id);
    wait_for("the dialog", 2000, || find(host, "[role=dialog]").is_some()).await;
    let summary = text(host, ".xhs-dialog__summary");
    assert_eq!(summary, event.summary.en);
    // Each claim is attributed, and the other side of the question is there too.
    for outlet in ["Reuters", "CNN", "The Verge", "The Guardian", "AFP"] {
        assert!(summary.contains(outlet), "{outlet}: {summary}");
    }
    assert!(summary.contains("less censored"), "{summary}");
    let cites = text(host, ".xhs-dialog");
    assert!(cites.contains("Q95.7 via Reuters · wire agency"), "{cites}");
    assert_eq!(find_all(host, ".xhs-citation").len(), event.citations.len());
    click(host, ".xhs-dialog__done");
    wait_for("the dialog to close", 2000, || {
        find(host, "[role=dialog]").is_none()
    })
    .await;
    // In Chinese, the same event, in Chinese.
    click(host, ".xhs-lang");
    wait_for("Chinese titles", 2000, || {
        text(host, ".xhs-timeline__days").contains(event.title.zh)
    })
    .await;
    open_event(host, event.id);
    wait_for("the dialog", 2000, || find(host, "[role=dialog]").is_some()).await;
    assert_eq!(text(host, ".xhs-dialog__summary"), event.summary.zh);
}
