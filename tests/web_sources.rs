//! Browser tests of the Sources section, written as a reader's script: see every source, see
//! what cites one, narrow to it, open a citing event, copy a citation.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::model::records::{Citation, Lang};
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::sources::source_label::{publisher_name, title_text};

wasm_bindgen_test_configure!(run_in_browser);

// ------------------------------------------------------------------ the reader's actions

/// Mounts the widget on the Sources section and waits for its list.
async fn open_sources(lang: Lang) -> Widget {
    let (host, w) = open(EmbedConfig {
        section: Section::Sources,
        lang,
        ..Default::default()
    })
    .await;
    wait_for("the source list", 3000, || {
        !find_all(&host, ".xhs-source").is_empty()
    })
    .await;
    w
}

fn source_card(id: &str) -> String {
    format!(".xhs-source[data-source=\"{id}\"]")
}

/// The ids (`data-<attr>`) of the elements matching `selector`, in page order.
fn ids(host: &Element, selector: &str, attr: &str) -> Vec<String> {
    find_all(host, selector)
        .iter()
        .filter_map(|e| e.get_attribute(attr))
        .collect()
}

/// The ids of the items of one kind that cite source `s`, in dataset order.
fn citing<T>(
    items: &[T],
    id: fn(&T) -> &str,
    cites: fn(&T) -> &[Citation],
    s: usize,
) -> Vec<String> {
    items
        .iter()
        .filter(|item| cites(item).iter().any(|c| c.source as usize == s))
        .map(|item| id(item).to_string())
        .collect()
}

/// How many sources the items visible under `query` cite.
fn expected_sources(query: &Query) -> usize {
    let data = dataset();
    let visible = query.visible(data, &SearchIndex::new(data));
    let mut cited = vec![false; data.sources.len()];
    for (_, item) in visible.items(data) {
        for c in item.citations() {
            cited[c.source as usize] = true;
        }
    }
    cited.iter().filter(|&&c| c).count()
}

/// Takes `navigator.clipboard` away until dropped, as on a page the browser will not let copy.
struct NoClipboard;

impl NoClipboard {
    fn install() -> NoClipboard {
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"value".into(), &JsValue::UNDEFINED).unwrap();
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        let navigator = gloo::utils::window().navigator();
        js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
        NoClipboard
    }
}

impl Drop for NoClipboard {
    fn drop(&mut self) {
        let navigator = gloo::utils::window().navigator();
        let _ = js_sys::Reflect::delete_property(&navigator, &"clipboard".into());
    }
}

// ------------------------------------------------------------------ the tests

#[wasm_bindgen_test]
async fn unfiltered_it_lists_every_source() {
    let widget = open_sources(Lang::En).await;
    let host = &widget.host;
    let data = dataset();
    assert_eq!(find_all(host, ".xhs-source").len(), data.sources.len());
    let total = data.sources.len();
    assert_eq!(
        text(host, ".xhs-sources__count"),
        format!("{total} of {total} sources")
    );
    let listed = ids(host, ".xhs-source", "data-source");
    let all: Vec<String> = data.sources.iter().map(|s| s.id.to_string()).collect();
    assert_eq!(listed, all);
    // Links open safely in a new tab; an article kept on file says so, without a file name.
    for link in find_all(host, ".xhs-source a[href]") {
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
    }
    let on_file = text(host, &source_card("seed-you-find-blog"));
    assert!(
        on_file.contains("Copy on file with the editors; no public link"),
        "{on_file}"
    );
    assert!(!on_file.contains(".txt"), "{on_file}");
    assert!(find_all(host, "[style]").is_empty());
}

#[wasm_bindgen_test]
async fn a_source_lists_the_items_that_cite_it() {
    let widget = open_sources(Lang::En).await;
    let host = &widget.host;
    let data = dataset();
    // A seed cited by events, figures and quotes alike.
    let id = "seed-entering-china";
    let source = data.sources.iter().position(|x| x.id == id).unwrap();
    let card = source_card(id);

    let events = citing(data.events, |e| e.id, |e| e.citations, source);
    let figures = citing(data.figures, |f| f.id, |f| f.citations, source);
    let voices = citing(data.voices, |v| v.id, |v| v.citations, source);
    assert!(!events.is_empty() && !figures.is_empty() && !voices.is_empty());
    assert_eq!(
        ids(host, &format!("{card} .xhs-source__event"), "data-event"),
        events
    );
    assert_eq!(
        ids(host, &format!("{card} [data-figure]"), "data-figure"),
        figures
    );
    assert_eq!(
        ids(host, &format!("{card} [data-voice]"), "data-voice"),
        voices
    );
    // Figures are named by their measure, quotes by their speaker.
    let figure = data.figures.iter().find(|f| f.id == figures[0]).unwrap();
    assert!(
        text(host, &format!("{card} [data-figure=\"{}\"]", figure.id)).contains(figure.measure.en)
    );
    let voice = data.voices.iter().find(|v| v.id == voices[0]).unwrap();
    assert!(text(host, &format!("{card} [data-voice=\"{}\"]", voice.id)).contains(voice.speaker.en));
}

#[wasm_bindgen_test]
async fn choosing_a_source_narrows_the_list_and_highlights_it() {
    let widget = open_sources(Lang::En).await;
    let host = &widget.host;
    let data = dataset();
    let id = "thompson-hine-law-signed";
    let s = data.sources.iter().position(|x| x.id == id).unwrap();
    let query = Query::from_actions([Action::Toggle(Facet::Source, s as u16)]);
    let expected = expected_sources(&query);
    assert!(expected < data.sources.len());

    click(host, &format!("{} .xhs-source__filter", source_card(id)));
    wait_for(&format!("{expected} sources"), 2000, || {
        find_all(host, ".xhs-source").len() == expected
    })
    .await;
    assert_eq!(
        text(host, ".xhs-sources__count"),
        format!("{expected} of {} sources", data.sources.len())
    );
    let card = find(host, &source_card(id)).unwrap();
    assert!(card.class_list().contains("xhs-source--selected"));
    assert_eq!(
        find(host, &format!("{} .xhs-source__filter", source_card(id)))
            .and_then(|b| b.get_attribute("aria-pressed"))
            .as_deref(),
        Some("true")
    );
    assert_eq!(find_all(host, ".xhs-source--selected").len(), 1);

    // Pressing it again lets every source back.
    click(host, &format!("{} .xhs-source__filter", source_card(id)));
    wait_for("every source again", 2000, || {
        find_all(host, ".xhs-source").len() == data.sources.len()
    })
    .await;
    assert!(find_all(host, ".xhs-source--selected").is_empty());
}

#[wasm_bindgen_test]
async fn an_event_under_a_source_opens_its_dialog() {
    let widget = open_sources(Lang::En).await;
    let host = &widget.host;
    let event = dataset().event("divest-or-ban-law-signed").unwrap();
    let button = find(
        host,
        &format!(
            "{} [data-event=\"{}\"]",
            source_card("thompson-hine-law-signed"),
            event.id
        ),
    )
    .expect("the law's event is listed under its source");
    let b: HtmlElement = button.clone().dyn_into().unwrap();
    b.focus().unwrap();
    b.click();
    wait_for("the dialog", 2000, || find(host, "[role=dialog]").is_some()).await;
    assert_eq!(text(host, "#xhs-event-title"), event.title.en);
    assert_eq!(find_all(host, ".xhs-citation").len(), event.citations.len());

    // The dialog takes focus when it opens, just after it renders.
    let dialog = find(host, "[role=dialog]").unwrap();
    wait_for("focus in the dialog", 2000, || {
        focused(host).is_some_and(|f| dialog.contains(Some(&f)))
    })
    .await;
    press(&focused(host).unwrap(), "Escape", false);
    wait_for("the dialog to close", 2000, || {
        find(host, "[role=dialog]").is_none()
    })
    .await;
    wait_for("focus back on the event", 2000, || {
        focused(host).as_ref() == Some(&button)
    })
    .await;
}

#[wasm_bindgen_test]
async fn without_a_clipboard_the_citation_is_selected_for_copying_by_hand() {
    let widget = open_sources(Lang::Zh).await;
    let host = &widget.host;
    let _no_clipboard = NoClipboard::install();
    let source = dataset().source("thompson-hine-law-signed").unwrap();
    let card = source_card(source.id);

    click(host, &format!("{card} .xhs-copy__button"));
    wait_for("the fallback text", 2000, || {
        find(host, &format!("{card} .xhs-copy__fallback")).is_some()
    })
    .await;
    let status = text(host, &format!("{card} .xhs-copy__status"));
    assert!(status.contains("Ctrl+C"), "{status}");
    assert!(
        status.contains("浏览器"),
        "the status is in the reader's language: {status}"
    );
    let area = find(host, &format!("{card} .xhs-copy__fallback")).unwrap();
    let value = js_sys::Reflect::get(&area, &"value".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        value.contains(publisher_name(source, Lang::Zh))
            && value.contains(title_text(source, Lang::Zh).0),
        "{value}"
    );
    // The text is focused and selected, ready for Ctrl+C.
    wait_for("the fallback to take focus", 2000, || {
        focused(host).as_ref() == Some(&area)
    })
    .await;
    let selected_to = js_sys::Reflect::get(&area, &"selectionEnd".into())
        .unwrap()
        .as_f64()
        .unwrap_or(0.0);
    assert_eq!(selected_to as usize, value.encode_utf16().count());
    // Other sources' status regions stay quiet.
    let announcing = find_all(host, ".xhs-copy__status")
        .iter()
        .filter(|s| !s.text_content().unwrap_or_default().is_empty())
        .count();
    assert_eq!(announcing, 1);
}

#[wasm_bindgen_test]
async fn each_source_shows_its_kind_and_whether_its_title_is_ours() {
    let widget = open_sources(Lang::En).await;
    let host = &widget.host;
    // A wire copy: publisher, the wire it carries, and the kind of outlet.
    let ap = source_card("kstp-ap-service-restored");
    assert_eq!(
        text(host, &format!("{ap} .xhs-citation__kind")),
        "wire agency"
    );
    assert!(text(host, &format!("{ap} .xhs-citation__via")).contains("AP"));
    // A title rebuilt by us is marked as our description, not set as the outlet's headline.
    assert_eq!(
        text(host, &format!("{ap} .xhs-badge--description")),
        "Our description"
    );
    assert!(find(host, &format!("{ap} cite")).is_none());
    // A real headline is a <cite>, with no such badge.
    let blog = source_card("seed-you-find-blog");
    assert!(text(host, &format!("{blog} cite")).starts_with("Xiaohongshu in the Shadow"));
    assert!(find(host, &format!("{blog} .xhs-badge--description")).is_none());
    assert_eq!(
        text(host, &format!("{blog} .xhs-citation__kind")),
        "company or vendor blog"
    );
    // An unnamed site, a machine translation, kept on file: all three said in words.
    let zaobao = source_card("seed-zaobao-interview");
    assert_eq!(
        text(host, &format!("{zaobao} .xhs-citation__publisher")),
        "Unnamed website"
    );
    assert_eq!(
        text(host, &format!("{zaobao} .xhs-citation__machine")),
        "machine translation"
    );
    assert!(!text(host, zaobao.as_str()).contains(".txt"));
    // No reader-facing word of ours leaks into the list.
    let all = text(host, ".xhs-sources").to_lowercase();
    assert!(!all.contains("seed") && !all.contains("epilogue"), "{all}");
}

#[wasm_bindgen_test]
async fn the_corrections_log_lists_every_correction_in_the_readers_language() {
    let widget = open_sources(Lang::Zh).await;
    let host = &widget.host;
    let data = dataset();
    assert_eq!(text(host, ".xhs-corrections__title"), "更正记录");
    let items = find_all(host, ".xhs-correction");
    assert_eq!(items.len(), data.corrections.len());
    assert!(items.len() >= 10);
    let homework = find(host, ".xhs-correction[data-item=\"events/homework-help\"]").unwrap();
    let said = text_of(&homework);
    let event = data.event("homework-help").unwrap();
    assert!(said.contains(event.title.zh), "{said}");
    assert!(said.contains("原因："), "{said}");
    assert!(
        said.contains("2026年11月30日") || said.contains("2026年12月2日"),
        "{said}"
    );
}
