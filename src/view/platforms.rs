//! Section "Platforms": the six platforms compared in one table (a row per platform, stacked
//! into cards on narrow screens by CSS), with the figures that concern each and their sources.
//! Platforms are reference cards: only the search text hides them.

use crate::model::records::{FeedBasis, Lang, Platform, Text};
use crate::query::figure_groups::figures_of;
use crate::query::plural;
use crate::query::section::Section;
use crate::view::context::use_view;
use crate::view::figure_value::value_text;
use crate::view::intl;
use crate::view::labels;
use crate::view::source_line::publishers;
use crate::view::strings::platforms::{
    CAPTION, COL_CN, COL_FEED, COL_FIGURES, COL_FOUNDED, COL_HQ, COL_OWNER, COL_PLATFORM,
    COL_SOURCES, COL_SUMMARY, COL_US, EMPTY, FEED_FOLLOWS, FEED_INTERESTS, INTRO, NO_FIGURES,
    REGION, SCROLL_HINT,
};
use yew::prelude::*;

/// The text of a field, or "Not stated in our sources" where the data leaves it empty.
fn stated(text: Text, l: Lang) -> Html {
    let s = text.get(l);
    if s.trim().is_empty() {
        html! { <span class="xhs-not-stated">{ labels::NOT_STATED.get(l) }</span> }
    } else {
        html! { { s } }
    }
}

fn feed_text(feed: FeedBasis, l: Lang) -> Html {
    match feed {
        FeedBasis::Interests => html! { { FEED_INTERESTS.get(l) } },
        FeedBasis::Follows => html! { { FEED_FOLLOWS.get(l) } },
        FeedBasis::Unknown => stated(Text::new("", ""), l),
    }
}

fn founded_text(p: &Platform, l: Lang) -> Html {
    if p.founded == 0 {
        stated(Text::new("", ""), l)
    } else {
        let year = crate::model::records::Date::new(p.founded, 0, 0);
        html! {
            <time datetime={intl::iso(year)}>
                { intl::date(year, crate::model::records::Precision::Year, l) }
            </time>
        }
    }
}

#[function_component(Platforms)]
pub fn platforms() -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let data = ctx.data;
    let shown = ctx.query.visible_platforms(data, &ctx.index);
    let count_text = |n: usize| match l {
        Lang::En => format!(
            "{} {}",
            intl::number(n as f64, l),
            plural::en(n, "figure", "figures")
        ),
        Lang::Zh => format!("{}项数据", intl::number(n as f64, l)),
    };

    let rows = shown.iter().filter_map(|&ix| {
        let p = data.platforms.get(ix)?;
        let figures = figures_of(data, &ctx.visible.figures, ix);
        let figure_list = figures.iter().filter_map(|&fx| {
            let f = data.figures.get(fx)?;
            let value = html! { <strong class="xhs-ptable__value">{ value_text(f, l) }</strong> };
            let date = html! {
                <time datetime={intl::iso(f.as_of.date)}>{ intl::when(f.as_of, l) }</time>
            };
            // English: "about 170 million TikTok users in the US (January 2025)". Chinese puts the
            // label first, unspaced, with full-width marks: "TikTok在美国的用户数：约1.7亿（2025年1月）".
            Some(match l {
                Lang::En => html! {
                    <li key={f.id} data-figure={f.id}>
                        { value }{ " " }{ f.measure.get(l) }{ " " }
                        <span class="xhs-ptable__date">{ "(" }{ date }{ ")" }</span>
                    </li>
                },
                Lang::Zh => html! {
                    <li key={f.id} data-figure={f.id}>
                        { f.measure.get(l) }{ "：" }{ value }
                        <span class="xhs-ptable__date">{ "（" }{ date }{ "）" }</span>
                    </li>
                },
            })
        });
        let sources = publishers(data, p.citations, l)
            .into_iter()
            .map(|name| html! { <li>{ name }</li> });
        Some(html! {
            <tr key={p.id} data-platform={p.id}>
                <th scope="row" class="xhs-ptable__name">{ p.name.get(l) }</th>
                <td data-label={COL_OWNER.get(l)} class="xhs-ptable__owner">{ stated(p.owner, l) }</td>
                <td data-label={COL_FOUNDED.get(l)} class="xhs-ptable__founded">{ founded_text(p, l) }</td>
                <td data-label={COL_HQ.get(l)} class="xhs-ptable__hq">{ stated(p.headquarters, l) }</td>
                <td data-label={COL_FEED.get(l)} class="xhs-ptable__feed">{ feed_text(p.feed, l) }</td>
                <td data-label={COL_US.get(l)} class="xhs-ptable__long">{ stated(p.us_availability, l) }</td>
                <td data-label={COL_CN.get(l)} class="xhs-ptable__long">{ stated(p.cn_availability, l) }</td>
                <td data-label={COL_SUMMARY.get(l)} class="xhs-ptable__long">{ stated(p.summary, l) }</td>
                <td data-label={COL_FIGURES.get(l)} class="xhs-ptable__figures">
                    if figures.is_empty() {
                        <span class="xhs-ptable__none">{ NO_FIGURES.get(l) }</span>
                    } else {
                        <details class="xhs-ptable__details">
                            <summary>{ count_text(figures.len()) }</summary>
                            <ul class="xhs-ptable__list">{ for figure_list }</ul>
                        </details>
                    }
                </td>
                <td data-label={COL_SOURCES.get(l)} class="xhs-ptable__sources">
                    <ul class="xhs-ptable__list">{ for sources }</ul>
                </td>
            </tr>
        })
    });

    html! {
        <div class="xhs-platforms">
            <h3 class="xhs-section-title">{ labels::section(Section::Platforms).get(l) }</h3>
            <p class="xhs-platforms__intro">{ INTRO.get(l) }</p>
            if shown.is_empty() {
                <p class="xhs-empty xhs-platforms__empty" role="status">{ EMPTY.get(l) }</p>
            } else {
                <p class="xhs-ptable__hint">{ SCROLL_HINT.get(l) }</p>
                <div class="xhs-ptable-wrap" role="region" aria-label={REGION.get(l)} tabindex="0">
                    <table class="xhs-ptable">
                        <caption>{ CAPTION.get(l) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ COL_PLATFORM.get(l) }</th>
                                <th scope="col">{ COL_OWNER.get(l) }</th>
                                <th scope="col">{ COL_FOUNDED.get(l) }</th>
                                <th scope="col">{ COL_HQ.get(l) }</th>
                                <th scope="col">{ COL_FEED.get(l) }</th>
                                <th scope="col">{ COL_US.get(l) }</th>
                                <th scope="col">{ COL_CN.get(l) }</th>
                                <th scope="col">{ COL_SUMMARY.get(l) }</th>
                                <th scope="col">{ COL_FIGURES.get(l) }</th>
                                <th scope="col">{ COL_SOURCES.get(l) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </div>
    }
}
