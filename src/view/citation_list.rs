//! A list of citations (source, date, verbatim excerpt, where to read it), each with a Copy
//! citation button; also the copying itself, which the Sources section reuses.
//!
//! Copying uses `navigator.clipboard.writeText`. Where the browser refuses (no clipboard, an
//! insecure page, no user activation), the text appears selected in a read-only textarea so the
//! reader can copy it by hand, and the live region says so.

use crate::model::records::{Citation, Lang, Locator, Source, Text};
use crate::query::citation_text::{citation_text, host_of};
use crate::query::source_label::{
    kind_label, publisher_name, title_lang, title_text, MACHINE_TRANSLATION, ON_FILE,
    OUR_DESCRIPTION,
};
use crate::view::context::use_view;
use crate::view::intl;
use crate::view::labels::{self, t};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

const EXCERPT: Text = t("Verbatim excerpt", "原文摘录");
const READ: Text = t("Read the source", "阅读原文");
const NEW_TAB: Text = t(" (opens in a new tab)", "（在新标签页打开）");
const VIA: Text = t("via", "转自");
const COPY: Text = t("Copy citation", "复制出处");
const COPIED: Text = t("Copied", "已复制");
const FALLBACK: Text = t(
    "Your browser did not allow copying. The citation is selected below: press Ctrl+C (⌘C on a Mac) to copy it.",
    "浏览器不允许复制。出处信息已在下方选中，请按Ctrl+C（Mac上为⌘C）复制。",
);
const CITATION_TEXT: Text = t("Citation text", "出处信息");

#[derive(Properties, PartialEq)]
pub struct CitationListProps {
    pub citations: &'static [Citation],
}

#[function_component(CitationList)]
pub fn citation_list(props: &CitationListProps) -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let data = ctx.data;
    let copier = use_copier();
    let items = props.citations.iter().enumerate().map(|(i, c)| {
        let Some(source) = data.sources.get(c.source as usize) else {
            return html! {};
        };
        let text = citation_text(source, &intl::when(source.when, l), Some(c.excerpt), l);
        html! {
            <li class="xhs-citation" data-source={source.id}>
                { publisher_line(source, l) }
                <p class="xhs-citation__title">{ source_title(source, l) }</p>
                <figure class="xhs-citation__quote">
                    <figcaption class="xhs-citation__quote-label">{ EXCERPT.get(l) }</figcaption>
                    <blockquote class="xhs-citation__excerpt" lang={source.lang.tag()}>
                        <p>{ c.excerpt }</p>
                    </blockquote>
                </figure>
                { locator(source, l) }
                { copier.controls(i, text, l) }
            </li>
        }
    });
    html! {
        <ol class="xhs-citations">{ for items }</ol>
    }
}

/// Publishers are written in English in the data whatever language the source is in, so under
/// a Chinese interface they carry `lang="en"`; excerpts carry the source's language.
pub fn data_lang(l: Lang) -> Option<&'static str> {
    (l != Lang::En).then_some("en")
}

/// A source's title: the outlet's headline as a `<cite>` in its own language, or our
/// description, visibly labelled as ours and never set as a citation of the outlet's words.
pub fn source_title(source: &Source, l: Lang) -> Html {
    let (title, headline) = title_text(source, l);
    let lang = title_lang(source, l).tag();
    if headline {
        html! { <cite class="xhs-citation__headline" {lang}>{ title }</cite> }
    } else {
        html! {
            <span class="xhs-citation__description">
                <span class="xhs-badge xhs-badge--description">{ OUR_DESCRIPTION.get(l) }</span>
                { " " }<span {lang}>{ title }</span>
            </span>
        }
    }
}

/// The publisher ("via" the wire service it syndicates) and the date of `source`.
pub fn publisher_line(source: &Source, l: Lang) -> Html {
    html! {
        <p class="xhs-citation__source">
            <span class="xhs-citation__publisher"
                lang={(!source.publisher.is_empty()).then_some(()).and(data_lang(l))}>
                { publisher_name(source, l) }
            </span>
            if !source.via.get(l).is_empty() {
                <span class="xhs-citation__via">
                    if l == Lang::En {
                        { " " }{ VIA.get(l) }{ " " }{ source.via.get(l) }
                    } else {
                        { "（" }{ VIA.get(l) }{ source.via.get(l) }{ "）" }
                    }
                </span>
            }
            <span aria-hidden="true">{ " · " }</span>
            <span class="xhs-citation__kind" data-kind={kind_key(source)}>
                { kind_label(source.kind).get(l) }
            </span>
            if source.machine_translated {
                <span aria-hidden="true">{ " · " }</span>
                <span class="xhs-citation__machine">{ MACHINE_TRANSLATION.get(l) }</span>
            }
            <span aria-hidden="true">{ " · " }</span>
            <time datetime={intl::iso(source.when.date)}>{ intl::when(source.when, l) }</time>
        </p>
    }
}

/// The data's key for a source's kind ("wire", "state-media"…), for `data-kind`.
fn kind_key(source: &Source) -> &'static str {
    crate::model::records::SourceKind::ALL
        .iter()
        .find(|(_, k)| *k == source.kind)
        .map_or("", |(key, _)| key)
}

/// A link to a web source, or a note that the article is on file without a public link.
pub fn locator(source: &Source, l: Lang) -> Html {
    match source.locator {
        Locator::Url(url) => html! {
            <p class="xhs-citation__where">
                <a class="xhs-citation__link" href={url} target="_blank" rel="noopener noreferrer">
                    { READ.get(l) }
                    <span class="xhs-citation__host">{ labels::in_brackets(host_of(url), l) }</span>
                    <span class="xhs-visually-hidden">{ NEW_TAB.get(l) }</span>
                </a>
            </p>
        },
        Locator::Seed(_) => html! {
            <p class="xhs-citation__where">{ ON_FILE.get(l) }</p>
        },
    }
}

/// What the last copy did, for the item with the given key.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyOutcome {
    Copied,
    /// The clipboard refused; the text is shown for copying by hand.
    Fallback(String),
}

/// The copy state of one list: which item was copied last and how, and the copy action.
#[derive(Clone)]
pub struct Copier {
    last: UseStateHandle<Option<(usize, CopyOutcome)>>,
    fallback: NodeRef,
}

impl Copier {
    /// Copies `text` for item `key`, then reports the outcome.
    pub fn copy(&self, key: usize, text: String) {
        let last = self.last.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = match write_clipboard(&text).await {
                Ok(()) => CopyOutcome::Copied,
                Err(_) => CopyOutcome::Fallback(text),
            };
            last.set(Some((key, outcome)));
        });
    }

    /// The Copy citation button for item `key`, its live region, and the fallback textarea.
    pub fn controls(&self, key: usize, text: String, l: Lang) -> Html {
        let onclick = {
            let copier = self.clone();
            Callback::from(move |_| copier.copy(key, text.clone()))
        };
        let outcome = self
            .last
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, o)| o);
        let message = match outcome {
            Some(CopyOutcome::Copied) => COPIED.get(l),
            Some(CopyOutcome::Fallback(_)) => FALLBACK.get(l),
            None => "",
        };
        html! {
            <div class="xhs-copy">
                <button type="button" class="xhs-copy__button" {onclick}>{ COPY.get(l) }</button>
                <span class="xhs-copy__status" role="status">{ message }</span>
                if let Some(CopyOutcome::Fallback(text)) = outcome {
                    <textarea ref={self.fallback.clone()} class="xhs-copy__fallback" readonly={true}
                        rows="4" aria-label={CITATION_TEXT.get(l)} value={text.clone()} />
                }
            </div>
        }
    }
}

/// Copy state for a list of copyable items; selects the fallback text when it appears.
#[hook]
pub fn use_copier() -> Copier {
    let last = use_state(|| None::<(usize, CopyOutcome)>);
    let fallback = use_node_ref();
    {
        let fallback = fallback.clone();
        use_effect_with((*last).clone(), move |last| {
            if let Some((_, CopyOutcome::Fallback(_))) = last {
                if let Some(area) = fallback.cast::<web_sys::HtmlElement>() {
                    let _ = area.focus();
                    if let Ok(select) = js_sys::Reflect::get(&area, &JsValue::from_str("select")) {
                        if let Ok(select) = select.dyn_into::<js_sys::Function>() {
                            let _ = select.call0(&area);
                        }
                    }
                }
            }
        });
    }
    Copier { last, fallback }
}

/// `navigator.clipboard.writeText(text)`; an error if there is no clipboard or it refuses.
async fn write_clipboard(text: &str) -> Result<(), JsValue> {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(JsValue::from_str("no clipboard"));
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}
