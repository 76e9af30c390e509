//! The Sources section: every source the items shown cite, with its date, link, copyable
//! citation and the events, figures and quotes that cite it.
//!
//! The shared filter narrows this list like every other section: a source is listed when a visible
//! item cites it. Sources chosen in the Source facet are highlighted, and each source can toggle
//! itself in that facet.
//!
//! Its parts, in this folder: [`citation_list`], [`source_line`], [`corrections`].

/// Citations with verbatim excerpts and a Copy citation button.
pub mod citation_list;
/// The corrections log at the foot of the Sources section.
pub mod corrections;
/// "Source: …" lines naming the publishers behind citations.
pub mod source_line;

use crate::model::records::{Dataset, Lang, Text, VocabIx};
use crate::query::filters::action::Action;
use crate::query::filters::facet::Facet;
use crate::query::filters::item::Kind;
use crate::query::section::Section;
use crate::query::sources::citation_text::citation_text;
use crate::query::sources::cited_by::CitedBy;
use crate::view::app::context::use_section;
use crate::view::intl;
use crate::view::labels;
use crate::view::links::copier::use_copier;
use crate::view::sources::citation_list::{locator, publisher_line, source_title};
use crate::view::sources::corrections::corrections;
use crate::view::strings::sources::{
    hidden, shown_of_total, CITED_BY, EMPTY, EVENTS, FIGURES, FILTER_BY, INTRO, SELECTED, VOICES,
};
use crate::view::strings::Count;
use yew::prelude::*;

#[function_component(Sources)]
pub fn sources() -> Html {
    let ctx = use_section(Section::Sources);
    let lang = ctx.lang;
    let data = ctx.data;
    let citers = use_memo((), move |_| CitedBy::of(data));
    let copier = use_copier();
    let visible = &*ctx.visible;
    let chosen = ctx.query.selection(Facet::Source);

    // Derived once per filter state, not on every render (a copy's feedback renders again).
    let shown = {
        let citers = citers.clone();
        use_memo(ctx.visible.clone(), move |visible| citers.sources(visible))
    };

    let items = shown.iter().map(|&s| {
        let source = &data.sources[s];
        let ix = s as VocabIx;
        let selected = chosen.contains(ix);
        let visible_citers = citers.visible(s, visible);
        let text = citation_text(source, &intl::when(source.when, lang), None, lang);
        let on_filter = {
            let on_action = ctx.on_action.clone();
            Callback::from(move |_| on_action.emit(Action::Toggle(Facet::Source, ix)))
        };
        let hidden = citers.all(s).len() - visible_citers.len();
        html! {
            <li class={classes!("xhs-source", selected.then_some("xhs-source--selected"))} part="source"
                data-source={source.id}>
                <h4 class="xhs-source__title">
                    { source_title(source, lang) }
                    if selected {
                        { " " }<span class="xhs-badge xhs-source__chosen">{ SELECTED.get(lang) }</span>
                    }
                </h4>
                { publisher_line(source, lang) }
                { locator(source, lang) }
                <div class="xhs-source__actions">
                    { copier.controls(s, text, lang) }
                    <button type="button" class="xhs-source__filter"
                        aria-pressed={selected.to_string()} onclick={on_filter}>
                        { FILTER_BY.get(lang) }
                    </button>
                </div>
                { cited_list(data, &visible_citers, hidden, &ctx.on_open_event, lang) }
            </li>
        }
    });

    let on_reset = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Reset))
    };
    html! {
        <div class="xhs-sources">
            <h3 class="xhs-section-title">{ labels::section(Section::Sources).get(lang) }</h3>
            <p class="xhs-sources__intro">{ INTRO.get(lang) }</p>
            <p class="xhs-sources__count">{ count_text(shown.len(), data.sources.len(), lang) }</p>
            if shown.is_empty() {
                <div class="xhs-empty xhs-sources__empty">
                    <p>{ EMPTY.get(lang) }</p>
                    <button type="button" class="xhs-sources__reset" onclick={on_reset}>
                        { labels::RESET.get(lang) }
                    </button>
                </div>
            } else {
                <ol class="xhs-sources__list">{ for items }</ol>
            }
            { corrections(data, lang) }
        </div>
    }
}

/// "12 of 34 sources" / "来源12个（共34个）".
fn count_text(shown: usize, total: usize, lang: Lang) -> String {
    let (s, t) = (
        intl::number(shown as f64, lang),
        intl::number(total as f64, lang),
    );
    shown_of_total(lang, &s, Count::new(total, &t))
}

/// The visible items citing a source: events as buttons opening their dialog, figures by their
/// measure, quotes by their speaker.
fn cited_list(
    data: &'static Dataset,
    citers: &[(Kind, usize)],
    hidden: usize,
    on_open_event: &Callback<usize>,
    lang: Lang,
) -> Html {
    let of = |kind: Kind| {
        citers
            .iter()
            .filter(move |(k, _)| *k == kind)
            .map(|(_, i)| *i)
    };
    let events = of(Kind::Event).map(|ix| {
        let event = &data.events[ix];
        let onclick = on_open_event.reform(move |_| ix);
        html! {
            <li>
                <button type="button" class="xhs-link-button xhs-source__event" aria-haspopup="dialog"
                    data-event={event.id} {onclick}>{ event.title.get(lang) }</button>
                <span class="xhs-source__when">{ format!(" · {}", intl::when(event.when, lang)) }</span>
            </li>
        }
    });
    let figures = of(Kind::Figure).map(|ix| {
        let figure = &data.figures[ix];
        html! {
            <li class="xhs-source__figure" data-figure={figure.id}>
                { figure.measure.get(lang) }
                <span class="xhs-source__when">{ format!(" · {}", intl::when(figure.as_of, lang)) }</span>
            </li>
        }
    });
    let voices = of(Kind::Voice).map(|ix| {
        let voice = &data.voices[ix];
        let role = voice.role.get(lang);
        html! {
            <li class="xhs-source__voice" data-voice={voice.id}>
                { voice.speaker.get(lang) }
                if !role.is_empty() {
                    <span class="xhs-source__role">{ labels::in_brackets(role, lang) }</span>
                }
            </li>
        }
    });
    let group = |label: Text, class: &'static str, items: Vec<Html>| {
        (!items.is_empty()).then(|| {
            html! {
                <div class="xhs-source__group">
                    <dt>{ format!("{}{}", label.get(lang), labels::in_brackets(intl::number(items.len() as f64, lang), lang)) }</dt>
                    <dd><ul class={classes!("xhs-source__items", class)}>{ for items }</ul></dd>
                </div>
            }
        })
    };
    html! {
        <div class="xhs-source__cited">
            <p class="xhs-source__cited-label">{ CITED_BY.get(lang) }</p>
            <dl class="xhs-source__groups">
                { for group(EVENTS, "xhs-source__events", events.collect()) }
                { for group(FIGURES, "xhs-source__figures", figures.collect()) }
                { for group(VOICES, "xhs-source__voices", voices.collect()) }
            </dl>
            if hidden > 0 {
                <p class="xhs-source__hidden">{ hidden_text(hidden, lang) }</p>
            }
        </div>
    }
}

/// "2 more are hidden by the filters" / "另有2条内容不在当前筛选结果中".
fn hidden_text(count: usize, lang: Lang) -> String {
    hidden(lang, Count::new(count, &intl::number(count as f64, lang)))
}
