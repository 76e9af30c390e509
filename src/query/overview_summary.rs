//! The overview as a static summary, for readers before the wasm arrives, or without it: the
//! title, the lede, the headline numbers with their dates and sources (and the figures that
//! dispute them), the key dates, and a link to the full sources. Built at build time
//! (`examples/summary.rs`) as a small element tree: the loader draws it with DOM calls (no HTML
//! parsing), and the no-JavaScript fallback files are its HTML. Inside its root (`.xhs-summary`,
//! framed like the widget's `.xhs-app`) it uses the widget's own classes, so the same stylesheet
//! lays it out where the widget will be.

use crate::model::records::{Dataset, Lang, Locator, Precision};
use crate::query::figures::disputed::disputing;
use crate::query::figures::figure_text::{value_text, when, Formats};
use crate::query::iso_date::format_date;
use crate::query::punctuation::{self, Punctuation};
use crate::query::sources::source_label::{
    credit, publishers_text, title_lang, title_text, ON_FILE,
};
use crate::strings::labels::{SOURCE, SOURCES};
use crate::strings::overview::{
    ALL_SOURCES, AS_OF_SHORT, DISPUTED, HEADLINES, KEY_DATES, NOT_LOADED,
};

/// The id of the source list in the no-JavaScript fallback, where "All sources" links.
pub const SOURCES_ID: &str = "xhs-sources";

/// An element or a text, as the summary is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Text(String),
    Element {
        tag: &'static str,
        attributes: Vec<(&'static str, String)>,
        children: Vec<Node>,
    },
}

pub(crate) fn el(tag: &'static str, class: &str, children: Vec<Node>) -> Node {
    let attributes = if class.is_empty() {
        Vec::new()
    } else {
        vec![("class", class.to_string())]
    };
    Node::Element {
        tag,
        attributes,
        children,
    }
}

pub(crate) fn text(value: impl Into<String>) -> Node {
    Node::Text(value.into())
}

impl Node {
    pub(crate) fn with(mut self, name: &'static str, value: impl Into<String>) -> Node {
        if let Node::Element { attributes, .. } = &mut self {
            attributes.push((name, value.into()));
        }
        self
    }

    /// The node as HTML, every text and attribute value escaped.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    fn write_html(&self, out: &mut String) {
        match self {
            Node::Text(value) => escape_into(value, out),
            Node::Element {
                tag,
                attributes,
                children,
            } => {
                out.push('<');
                out.push_str(tag);
                for (name, value) in attributes {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_into(value, out);
                    out.push('"');
                }
                out.push('>');
                for child in children {
                    child.write_html(out);
                }
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
        }
    }

    /// The node as JSON the loader draws: a text is a string, an element
    /// `[tag, {attribute: value}, ...children]`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Node::Text(value) => json_string(value, out),
            Node::Element {
                tag,
                attributes,
                children,
            } => {
                out.push('[');
                json_string(tag, out);
                out.push_str(",{");
                for (i, (name, value)) in attributes.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json_string(name, out);
                    out.push(':');
                    json_string(value, out);
                }
                out.push('}');
                for child in children {
                    out.push(',');
                    child.write_json(out);
                }
                out.push(']');
            }
        }
    }
}

fn escape_into(value: &str, out: &mut String) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// A JSON string that is also safe inside a `<script>` and a JS source file.
fn json_string(value: &str, out: &mut String) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The summary in `lang`; `sources_href` is where "All sources" links to.
pub fn summary(data: &Dataset, lang: Lang, formats: &impl Formats, sources_href: &str) -> Node {
    let Punctuation {
        gap,
        colon,
        brackets: (paren_open, paren_close),
        semicolon: sep,
        ..
    } = *punctuation::of(lang);
    let headlines = data
        .headline
        .iter()
        .filter_map(|&ix| {
            let figure = data.figures.get(ix as usize)?;
            let publishers = publishers_text(data, figure.citations, lang);
            let label = if publishers.contains(sep) {
                SOURCES
            } else {
                SOURCE
            };
            let mut card = vec![
                el(
                    "p",
                    "xhs-headline__value",
                    vec![text(value_text(formats, figure, lang))],
                ),
                el(
                    "p",
                    "xhs-headline__measure",
                    vec![text(figure.measure.get(lang))],
                ),
                el(
                    "p",
                    "xhs-headline__meta",
                    vec![
                        text(format!("{}{gap}", AS_OF_SHORT.get(lang))),
                        el("time", "", vec![text(when(formats, figure.as_of, lang))])
                            .with("datetime", format_date(figure.as_of.date)),
                        text(format!(" · {}{colon}{publishers}", label.get(lang))),
                    ],
                ),
            ];
            let others: Vec<String> = disputing(data, ix as usize)
                .iter()
                .map(|&j| {
                    let other = &data.figures[j];
                    let who = publishers_text(data, other.citations, lang);
                    format!(
                        "{}{paren_open}{who}{paren_close}",
                        value_text(formats, other, lang)
                    )
                })
                .collect();
            if !others.is_empty() {
                card.push(el(
                    "p",
                    "xhs-headline__disputed",
                    vec![text(format!("{}{}", DISPUTED.get(lang), others.join(sep)))],
                ));
            }
            Some(el("li", "xhs-headline", card))
        })
        .collect();
    let dates = data
        .key_dates
        .iter()
        .filter_map(|&ix| {
            let event = data.events.get(ix as usize)?;
            Some(el(
                "li",
                "",
                vec![
                    el("time", "", vec![text(when(formats, event.when, lang))])
                        .with("datetime", format_date(event.when.date)),
                    text(colon),
                    text(event.title.get(lang)),
                ],
            ))
        })
        .collect();
    let as_of = when(
        formats,
        crate::model::records::When {
            date: data.as_of,
            precision: Precision::Day,
        },
        lang,
    );
    el(
        "div",
        "xhs-summary",
        vec![
            el(
                "header",
                "xhs-header",
                vec![el("h2", "xhs-title", vec![text(data.title.get(lang))])],
            )
            .with("part", "header"),
            el(
                "div",
                "xhs-overview",
                vec![
                    el("p", "xhs-lede", vec![text(data.lede.get(lang))]),
                    el("h3", "xhs-subtitle", vec![text(HEADLINES.get(lang))]),
                    el("ul", "xhs-headlines", headlines),
                    el("p", "xhs-lede-more", vec![text(data.lede_more.get(lang))]),
                    el("h3", "xhs-subtitle", vec![text(KEY_DATES.get(lang))]),
                    el("ol", "xhs-summary__dates", dates),
                    el("p", "xhs-summary__notice", vec![text(NOT_LOADED.get(lang))])
                        .with("role", "status")
                        .with("hidden", ""),
                    el(
                        "p",
                        "xhs-summary__sources",
                        vec![
                            el("a", "", vec![text(ALL_SOURCES.get(lang))])
                                .with("href", sources_href),
                            text(format!("{gap}· {}{gap}{as_of}", AS_OF_SHORT.get(lang))),
                        ],
                    ),
                ],
            ),
        ],
    )
    .with("lang", lang.tag())
}

/// Every source as a list, for the no-JavaScript fallback: title (in its own language), outlet
/// and kind, date, and the link or where the copy is kept.
pub fn sources_list(data: &Dataset, lang: Lang, formats: &impl Formats) -> Node {
    let items = data
        .sources
        .iter()
        .map(|source| {
            let (title, _) = title_text(source, lang);
            let mut title =
                el("cite", "", vec![text(title)]).with("lang", title_lang(source, lang).tag());
            if let Locator::Url(url) = source.locator {
                title = el("a", "", vec![title]).with("href", url);
            }
            let mut line = vec![
                title,
                text(format!(" — {}, ", credit(source, lang))),
                el("time", "", vec![text(when(formats, source.when, lang))])
                    .with("datetime", format_date(source.when.date)),
            ];
            if let Locator::Seed(_) = source.locator {
                line.push(text(format!(" — {}", ON_FILE.get(lang))));
            }
            el("li", "", line)
        })
        .collect();
    el(
        "section",
        "xhs-summary__all-sources",
        vec![
            el("h3", "xhs-subtitle", vec![text(ALL_SOURCES.get(lang))]),
            el("ol", "", items),
        ],
    )
    .with("id", SOURCES_ID)
    .with("lang", lang.tag())
}
