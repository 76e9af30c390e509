//! Browser tests: the widget mounts into a fresh element's Shadow DOM and shows its shell.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen_test::*;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::embed::mount::{find as find_target, mount_into, MountError};
use xhs_explainer::model::records::Lang;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn mounts_the_shell_into_a_shadow_root() {
    let host = fresh_host();
    let _m = mount_guarded(&host, EmbedConfig::default());
    wait_for("the title", 2000, || find(&host, ".xhs-title").is_some()).await;
    assert_eq!(text(&host, ".xhs-title"), dataset().title.en);
    assert_eq!(text(&host, ".xhs-lede"), dataset().lede.en);
    let tabs = find_all(&host, "[role=tab]");
    assert_eq!(tabs.len(), Section::ALL.len());
    assert!(find(&host, "[role=tabpanel]").is_some());
    // Styles are adopted, not inlined: nothing carries a style attribute (strict CSP).
    assert!(find_all(&host, "[style]").is_empty());
    assert_eq!(
        host.get_attribute("data-xhs-mounted").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn starts_in_the_configured_language_and_section() {
    let host = fresh_host();
    let config = EmbedConfig {
        lang: Lang::Zh,
        section: Section::Voices,
        ..EmbedConfig::default()
    };
    let _m = mount_guarded(&host, config);
    wait_for("the title", 2000, || find(&host, ".xhs-title").is_some()).await;
    assert_in_language(&host, Lang::Zh);
    let selected = find(&host, "[role=tab][aria-selected=true]").unwrap();
    assert_eq!(selected.id(), "xhs-tab-voices");
}

#[wasm_bindgen_test]
fn a_missing_target_is_an_error_not_a_panic() {
    assert_eq!(
        find_target("#no-such-element").err(),
        Some(MountError::NoElement("#no-such-element".into()))
    );
}

#[wasm_bindgen_test]
async fn a_second_mount_on_the_same_element_is_refused() {
    let host = fresh_host();
    let _m = mount_guarded(&host, EmbedConfig::default());
    assert_eq!(
        mount_into(&host, EmbedConfig::default()).err(),
        Some(MountError::AlreadyMounted)
    );
}

#[wasm_bindgen_test]
async fn unmount_shows_the_fallback_again() {
    let host = fresh_host();
    host.set_inner_html("<p class=fallback>fallback text</p>");
    let m = mount_into(&host, EmbedConfig::default()).expect("mounts");
    wait_for("the title", 2000, || find(&host, ".xhs-title").is_some()).await;
    m.unmount();
    assert!(find(&host, ".xhs-app").is_none());
    assert!(
        find(&host, "slot").is_some(),
        "a slot re-exposes the light-DOM fallback"
    );
    assert!(!host.has_attribute("data-xhs-mounted"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_dark_embed_is_dark_before_its_first_render() {
    let host = fresh_host();
    let config = EmbedConfig {
        theme: xhs_explainer::view::app::theme::Theme::Dark,
        ..EmbedConfig::default()
    };
    let _w = Widget {
        host: host.clone(),
        mounted: Some(mount_into(&host, config).expect("mounts")),
    };
    // Synchronously after mounting, before Yew has rendered anything: the stylesheet's
    // :host([data-xhs-theme="dark"]) already applies.
    assert!(find(&host, ".xhs-app").is_none(), "nothing rendered yet");
    assert_eq!(
        host.get_attribute("data-xhs-theme").as_deref(),
        Some("dark")
    );
}

#[wasm_bindgen_test]
async fn unmounting_stops_watching_the_root_for_panics() {
    use xhs_explainer::embed::panic_guard::watched;
    let before = watched();
    let host = fresh_host();
    let mounted = mount_into(&host, EmbedConfig::default()).expect("mounts");
    assert_eq!(watched(), before + 1);
    mounted.unmount();
    assert_eq!(watched(), before, "the unmounted root is no longer kept");
    host.remove();
}

#[wasm_bindgen_test]
async fn filters_in_the_url_hash_show_from_the_first_render() {
    // "小红书" typed into the search of the instance keyed "seed".
    let q = xhs_explainer::query::filters::state::Query::from_actions(vec![
        xhs_explainer::query::filters::action::Action::SetText("小红书".into()),
    ]);
    let state = xhs_explainer::query::links::hash::encode(&q, dataset());
    let part = xhs_explainer::query::links::hash::with_instance_state("", "seed", &state);
    set_hash(&format!("#{part}"));
    let host = fresh_host();
    let _w = mount_guarded(
        &host,
        EmbedConfig {
            hash_key: "seed".into(),
            ..EmbedConfig::default()
        },
    );
    // The very first time the live count exists, it already counts the restored search, and
    // the search box already shows it.
    wait_for("the live count", 2000, || {
        find(&host, ".xhs-status").is_some()
    })
    .await;
    assert_eq!(
        text(&host, ".xhs-status"),
        "24 of 60 events · 19 of 32 figures · 8 of 27 quotes"
    );
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(find(&host, ".xhs-search__input").unwrap()).unwrap();
    assert_eq!(input.value(), "小红书");
    // The hash still holds this instance's part.
    let hash = gloo::utils::window().location().hash().unwrap();
    assert!(hash.contains(&part), "{hash}");
    set_hash("");
}

/// One widget mounted, rendered, unmounted and its element removed.
async fn mount_cycle() {
    let host = fresh_host();
    let mounted = mount_into(&host, EmbedConfig::default()).expect("mounts");
    wait_for("the title", 2000, || find(&host, ".xhs-title").is_some()).await;
    mounted.unmount();
    host.remove();
}

fn wasm_memory_bytes() -> u32 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

#[wasm_bindgen_test]
async fn mounting_and_unmounting_again_and_again_grows_nothing() {
    use xhs_explainer::embed::app_pool::parked;
    for _ in 0..3 {
        mount_cycle().await;
    }
    let (parked_before, memory_before) = (parked(), wasm_memory_bytes());
    assert!(
        parked_before >= 1,
        "an unmounted widget's app is kept for reuse"
    );
    for _ in 0..100 {
        mount_cycle().await;
    }
    assert_eq!(parked(), parked_before, "every mount reused a parked app");
    // Yew never frees a destroyed app's listeners (about 2 KB of wasm memory each): 100 of them
    // would grow the memory by pages of 64 KB.
    assert_eq!(wasm_memory_bytes(), memory_before, "wasm memory grew");
}

#[wasm_bindgen_test]
fn options_are_read_into_a_typed_struct_with_a_warning_per_bad_key_or_value() {
    use wasm_bindgen::JsValue;
    use xhs_explainer::embed::options::{read, Field};
    let options = js_sys::Object::new();
    for (key, value) in [
        ("lang", JsValue::from_f64(5.0)),
        ("lnag", JsValue::from_str("zh")),
        ("theme", JsValue::from_str("dark")),
        ("hashKey", JsValue::NULL),
        ("filter", js_sys::Array::new().into()),
        ("search", JsValue::TRUE),
    ] {
        js_sys::Reflect::set(&options, &JsValue::from_str(key), &value).unwrap();
    }
    let (read, warnings) = read(&options);
    assert_eq!(read.theme, Field::Text("dark".into()));
    assert_eq!(read.lang, Field::Other("a number"));
    assert_eq!(
        (read.hash_key, read.section),
        (Field::Absent, Field::Absent)
    );
    assert_eq!(read.filter, Field::Other("an array"));
    assert_eq!(read.search, Field::Other("a boolean"));
    assert_eq!(
        warnings,
        vec![
            r#"xhs-explainer: the option "lnag" is not known; use any of lang, theme, section, hashKey, filter, search. It is ignored."#,
            "xhs-explainer: the option lang must be a string, not a number; it is ignored.",
            "xhs-explainer: the option filter must be a string, not an array; it is ignored.",
            "xhs-explainer: the option search must be a string, not a boolean; it is ignored.",
        ]
    );
    let (_, warnings) = xhs_explainer::embed::options::read(&JsValue::from_str("en"));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(xhs_explainer::embed::options::read(&JsValue::UNDEFINED)
        .1
        .is_empty());
}
