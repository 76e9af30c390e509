//! Browser tests of the Platforms section: six platforms in one table with row headers, "Not
//! stated in our sources" wherever the data is silent, each platform's figures and sources, and
//! only search narrowing the list.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen_test::*;
use web_sys::Element;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::model::records::{FeedBasis, Platform};
use xhs_explainer::view::labels::NOT_STATED;

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------- helpers of this file

async fn open_platforms(hash_key: &str) -> (Element, Widget) {
    open(EmbedConfig {
        section: Section::Platforms,
        hash_key: hash_key.to_string(),
        ..Default::default()
    })
    .await
}

/// How many of a platform's fields the data leaves unstated.
fn unstated_fields(platform: &Platform) -> usize {
    [
        platform.owner.en.is_empty(),
        platform.founded == 0,
        platform.headquarters.en.is_empty(),
        platform.feed == FeedBasis::Unknown,
        platform.us_availability.en.is_empty(),
        platform.cn_availability.en.is_empty(),
        platform.summary.en.is_empty(),
    ]
    .iter()
    .filter(|&&b| b)
    .count()
}

// ---------------------------------------------------------------- the reader's script

#[wasm_bindgen_test]
async fn six_platforms_in_one_table_with_row_headers() {
    let (host, _m) = open_platforms("").await;
    let data = dataset();
    let rows = find_all(&host, ".xhs-ptable tbody tr");
    assert_eq!(rows.len(), 6);
    assert_eq!(rows.len(), data.platforms.len());
    for (row, p) in rows.iter().zip(data.platforms) {
        assert_eq!(row.get_attribute("data-platform").as_deref(), Some(p.id));
        let header = &within(row, "th[scope=row]")[0];
        assert_eq!(text_of(header), p.name.en);
        assert_eq!(within(row, "td").len(), 9, "{}: one cell per column", p.id);
    }
    assert_eq!(find_all(&host, ".xhs-ptable thead th[scope=col]").len(), 10);
    assert!(!text(&host, ".xhs-ptable caption").is_empty());
    assert!(find_all(&host, "[style]").is_empty());
}

#[wasm_bindgen_test]
async fn what_the_sources_do_not_say_is_marked_not_stated() {
    let (host, _m) = open_platforms("").await;
    let data = dataset();
    for p in data.platforms {
        let row = find(&host, &format!("tr[data-platform='{}']", p.id)).unwrap();
        assert_eq!(
            within(&row, ".xhs-not-stated").len(),
            unstated_fields(p),
            "{}: every empty field says so",
            p.id
        );
        for span in within(&row, ".xhs-not-stated") {
            assert_eq!(text_of(&span), NOT_STATED.en);
        }
    }
    // Douyin: the data states no owner; Xiaohongshu: founded 2013, owner not stated.
    assert_eq!(
        text(&host, "tr[data-platform='douyin'] .xhs-ptable__owner"),
        NOT_STATED.en
    );
    assert_eq!(
        text(
            &host,
            "tr[data-platform='xiaohongshu'] .xhs-ptable__founded"
        ),
        "2013"
    );
    assert_eq!(
        text(&host, "tr[data-platform='tiktok'] .xhs-ptable__feed"),
        "Interest-based: posts are recommended by what the user likes"
    );

    click(&host, ".xhs-lang");
    wait_for("the Chinese table", 2000, || {
        text(&host, "tr[data-platform='douyin'] .xhs-ptable__owner") == NOT_STATED.zh
    })
    .await;
    assert_eq!(
        text(&host, "tr[data-platform='xiaohongshu'] th[scope=row]"),
        "小红书"
    );
}

#[wasm_bindgen_test]
async fn each_platform_lists_its_figures_and_sources() {
    let (host, _m) = open_platforms("").await;
    let data = dataset();
    for (ix, p) in data.platforms.iter().enumerate() {
        let row = find(&host, &format!("tr[data-platform='{}']", p.id)).unwrap();
        let expected = data
            .figures
            .iter()
            .filter(|f| f.platform as usize == ix)
            .count();
        assert_eq!(
            within(&row, ".xhs-ptable__figures li[data-figure]").len(),
            expected,
            "{}: its figures",
            p.id
        );
        assert!(
            !within(&row, ".xhs-ptable__sources li").is_empty(),
            "{}: its sources",
            p.id
        );
    }
    let lemon8 = text(&host, "tr[data-platform='lemon8'] .xhs-ptable__figures");
    assert!(lemon8.contains("1.7 million"), "{lemon8}");
    assert!(lemon8.contains("No. 2"), "{lemon8}");
}

#[wasm_bindgen_test]
async fn only_search_narrows_the_platforms() {
    set_hash("#platforms-search=q=lemon8");
    let (host, _m) = open_platforms("platforms-search").await;
    let expected = dataset()
        .platforms
        .iter()
        .filter(|p| {
            [p.name.en, p.name.zh, p.summary.en, p.summary.zh]
                .iter()
                .any(|s| s.to_lowercase().contains("lemon8"))
        })
        .count();
    wait_for("the search to apply", 3000, || {
        find_all(&host, ".xhs-ptable tbody tr").len() == expected
    })
    .await;
    assert!(find(&host, "tr[data-platform='lemon8']").is_some());
    set_hash("");
}

#[wasm_bindgen_test]
async fn the_owner_cell_says_who_owns_tiktok_us_as_of_the_data() {
    let (host, _m) = open_platforms("").await;
    let owner = text(&host, "tr[data-platform='tiktok'] .xhs-ptable__owner");
    assert!(owner.contains("since 22 January 2026"), "{owner}");
    assert!(owner.contains("joint venture"), "{owner}");
    assert!(owner.contains("As of March 2026"), "{owner}");
    // Xiaohongshu's record tells of its content rules and its terms, attributed.
    let row = text(&host, "tr[data-platform='xiaohongshu']");
    assert!(row.contains("moderated to China's rules"), "{row}");
    assert!(row.contains("Sky News"), "{row}");
    click(&host, ".xhs-lang");
    wait_for("the Chinese table", 2000, || {
        text(&host, "tr[data-platform='douyin'] .xhs-ptable__owner") == NOT_STATED.zh
    })
    .await;
    let owner = text(&host, "tr[data-platform='tiktok'] .xhs-ptable__owner");
    assert!(owner.contains("自2026年1月22日起"), "{owner}");
    assert!(owner.contains("截至2026年3月"), "{owner}");
}
