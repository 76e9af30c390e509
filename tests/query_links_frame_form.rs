//! The iframe form's build-time text: the bundle address it is given, the snippet, the oEmbed
//! response and its discovery tag.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::links::frame_form::{
    discovery_link, iframe_snippet, oembed, public_base, FRAME_HEIGHT, FRAME_WIDTH,
};

const BASE: &str = "https://news.example/xhs/";

#[test]
fn the_public_address_is_a_folder_over_http() {
    assert_eq!(public_base("https://news.example/xhs").unwrap(), BASE);
    assert_eq!(public_base(" https://news.example/xhs/ ").unwrap(), BASE);
    assert_eq!(
        public_base("http://127.0.0.1:8080").unwrap(),
        "http://127.0.0.1:8080/"
    );
    for (bad, says) in [
        ("news.example/xhs/", "must start with https:// or http://"),
        ("ftp://news.example/", "must start with"),
        ("https:///xhs/", "has no host"),
        ("https://news.example/xhs/?a=1", "no query"),
        ("https://news.example/x\"y/", "quotes"),
    ] {
        let error = public_base(bad).unwrap_err();
        assert!(
            error.contains(says) && error.contains("XHS_PUBLIC_URL"),
            "{bad}: {error}"
        );
    }
}

#[test]
fn the_snippet_is_a_full_width_lazy_titled_frame_of_the_language_page() {
    let data = dataset();
    assert_eq!(
        iframe_snippet(data, Lang::Zh, BASE),
        format!(
            "<iframe src=\"{BASE}frame.zh-Hans.html\" title=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\" \
             style=\"width: 1px; min-width: 100%; border: 0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
            data.title.zh
        )
    );
    assert!(iframe_snippet(data, Lang::En, BASE)
        .contains("src=\"https://news.example/xhs/frame.html\""));
}

#[test]
fn the_oembed_response_is_rich_with_the_snippet_and_a_size() {
    let data = dataset();
    for lang in Lang::ALL {
        let json = oembed(data, lang, BASE);
        let snippet = iframe_snippet(data, lang, BASE)
            .replace('"', "\\\"")
            .replace('<', "\\u003c");
        for field in [
            "\"version\":\"1.0\"".to_string(),
            "\"type\":\"rich\"".to_string(),
            "\"provider_name\":\"xhs-explainer\"".to_string(),
            format!("\"provider_url\":\"{BASE}\""),
            format!(
                "\"title\":\"{}\"",
                data.title.get(lang).replace('"', "\\\"")
            ),
            format!("\"html\":\"{snippet}\""),
            format!("\"width\":{FRAME_WIDTH}"),
            format!("\"height\":{FRAME_HEIGHT}"),
        ] {
            assert!(json.contains(&field), "{lang:?}: {field} not in {json}");
        }
        assert!(json.starts_with('{') && json.ends_with("}\n"), "{json}");
    }
}

#[test]
fn the_discovery_tag_names_the_language_response() {
    let tag = discovery_link(dataset(), Lang::Zh, BASE);
    assert!(tag.starts_with("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/xhs/oembed.zh-Hans.json\""), "{tag}");
    assert!(tag.ends_with('>') && !tag.contains("</link>"), "{tag}");
}
