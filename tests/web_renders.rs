//! Render counts (feature `render-count`, on for these tests): a change re-renders a section only
//! when the section shows something that changed. A theme switch changes no section's content; a
//! filter change or a language switch re-renders the open section once.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen_test::*;
use xhs_explainer::query::section::Section;
use xhs_explainer::view::app::render_count::renders;

wasm_bindgen_test_configure!(run_in_browser);

/// Renders of the timeline after `change` has taken effect and the widget has settled.
async fn timeline_renders_after(change: impl FnOnce(), settled: impl FnMut() -> bool) -> u32 {
    let before = renders(Section::Timeline);
    change();
    wait_for("the change", 2000, settled).await;
    rendered().await;
    renders(Section::Timeline) - before
}

#[wasm_bindgen_test]
async fn changes_re_render_the_open_section_only_when_its_content_changes() {
    let (host, _w) = open_section(Section::Timeline).await;
    rendered().await;

    let theme = timeline_renders_after(
        || set_value(&host, ".xhs-theme-select", "dark", "change"),
        || host.get_attribute("data-xhs-theme").as_deref() == Some("dark"),
    )
    .await;
    assert_eq!(theme, 0, "a theme switch re-rendered the timeline");

    let status = || text(&host, ".xhs-status");
    let all = status();
    let search = timeline_renders_after(
        || set_value(&host, ".xhs-search__input", "Lemon8", "input"),
        || status() != all,
    )
    .await;
    assert_eq!(search, 1, "renders of the timeline for one keystroke");

    let title = text(&host, ".xhs-title");
    let language = timeline_renders_after(
        || click(&host, ".xhs-lang"),
        || text(&host, ".xhs-title") != title,
    )
    .await;
    assert_eq!(language, 1, "renders of the timeline for a language switch");
}
