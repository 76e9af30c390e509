//! The iframe form, for pages that cannot hold a script tag (docs/iframe.md): each
//! language's frame page, the snippet that embeds it, and its oEmbed response, written at build
//! time (examples/summary.rs) from the same title and address so they cannot disagree.

use crate::model::records::{Dataset, Lang};
use crate::query::overview_summary::{el, text, Node};
use crate::strings::citation_list::NEW_TAB;
use crate::strings::frame_form::{COPY_ADDRESS, DOWNLOADS_NOTE, OWN_PAGE};

/// The snippet's height until the frame posts its own, and the oEmbed response's size: about
/// the overview's first screen at a desktop width.
pub const FRAME_HEIGHT: u32 = 900;
pub const FRAME_WIDTH: u32 = 720;

/// The frame page of `lang`, beside embed.js in the bundle.
pub fn frame_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "frame.html",
        Lang::Zh => "frame.zh-Hans.html",
    }
}

/// The oEmbed response of `lang`'s frame page, beside it in the bundle.
pub fn oembed_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "oembed.en.json",
        Lang::Zh => "oembed.zh-Hans.json",
    }
}

/// The bundle's public address from `XHS_PUBLIC_URL`, ending in `/`; an error says what is
/// wrong with it. oEmbed needs absolute addresses, which a static build cannot guess.
pub fn public_base(value: &str) -> Result<String, String> {
    let value = value.trim();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or_else(|| format!("XHS_PUBLIC_URL `{value}` must start with https:// or http://"))?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() {
        return Err(format!("XHS_PUBLIC_URL `{value}` has no host"));
    }
    if value.contains(['?', '#', '"', '<', '>', ' ', '\'']) {
        return Err(format!(
            "XHS_PUBLIC_URL `{value}` must be a plain folder address: no query, fragment, quotes, spaces or angle brackets"
        ));
    }
    Ok(if value.ends_with('/') {
        value.to_string()
    } else {
        format!("{value}/")
    })
}

/// The `<iframe>` a host pastes for `lang`: full width (`width: 1px; min-width: 100%` keeps iOS
/// from widening it to its content), lazily loaded, and titled for screen readers.
pub fn iframe_snippet(data: &Dataset, lang: Lang, base: &str) -> String {
    el("iframe", "", vec![])
        .with("src", format!("{base}{}", frame_file(lang)))
        .with("title", data.title.get(lang))
        .with("width", "100%")
        .with("height", FRAME_HEIGHT.to_string())
        .with("style", "width: 1px; min-width: 100%; border: 0")
        .with("loading", "lazy")
        .with("allow", "clipboard-write")
        .to_html()
}

/// The oEmbed response (type `rich`) for `lang`'s frame page.
pub fn oembed(data: &Dataset, lang: Lang, base: &str) -> String {
    let string = |value: &str| Node::Text(value.to_string()).to_json();
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":{},\"provider_name\":\"xhs-explainer\",\
         \"provider_url\":{},\"html\":{},\"width\":{FRAME_WIDTH},\"height\":{FRAME_HEIGHT}}}\n",
        string(data.title.get(lang)),
        string(base),
        string(&iframe_snippet(data, lang, base)),
    )
}

/// The frame page's oEmbed discovery tag, for its `<head>`.
pub fn discovery_link(data: &Dataset, lang: Lang, base: &str) -> String {
    el("link", "", vec![])
        .with("rel", "alternate")
        .with("type", "application/json+oembed")
        .with("href", format!("{base}{}", oembed_file(lang)))
        .with("title", data.title.get(lang))
        .to_html()
        .replace("></link>", ">")
}

/// The frame page's link to itself, for a reader whose frame is too small: a new tab.
pub fn own_page_link(lang: Lang) -> Node {
    el("p", "xhs-frame__own-page", vec![own_page(lang)])
}

/// The note a sandboxed frame shows after a download button (`frame-page.js`, in the widget's
/// language at the time), hidden until then: the browser may have refused the download without
/// a word. Each frame page has both languages' notes, since its query may ask for either.
pub fn downloads_note(lang: Lang) -> Node {
    el(
        "p",
        "xhs-frame__note",
        vec![
            text(DOWNLOADS_NOTE.get(lang)),
            own_page(lang),
            text(COPY_ADDRESS.get(lang)),
            // The frame page writes its own address here, at the reader's view, when it shows
            // the note (www/frame/frame-page.js).
            el("code", "xhs-frame__address", vec![text(frame_file(lang))]),
        ],
    )
    .with("id", format!("xhs-frame-note-{}", lang.tag()))
    .with("lang", lang.tag())
    .with("role", "status")
    .with("hidden", "")
}

fn own_page(lang: Lang) -> Node {
    el(
        "a",
        "",
        vec![text(OWN_PAGE.get(lang)), text(NEW_TAB.get(lang))],
    )
    .with("href", frame_file(lang))
    .with("target", "_blank")
    .with("rel", "noopener")
}
