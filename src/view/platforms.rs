//! Section "Platforms": the six platforms compared in one table (a row per platform, stacked
//! into cards on narrow screens by CSS), with the figures that concern each and their sources.
//! Platforms are reference cards: only the search text hides them.

use crate::model::records::{FeedBasis, Lang, Platform, Text};
use crate::query::figures::figure_groups::figures_of;
use crate::query::section::Section;
use crate::view::app::context::use_section;
use crate::view::charts::table_head::table_head;
use crate::view::figures::figure_value::value_text;
use crate::view::intl;
use crate::view::labels;
use crate::view::sources::source_line::publishers;
use crate::view::strings::platforms::{
    figures_count, CAPTION, COL_CN, COL_FEED, COL_FIGURES, COL_FOUNDED, COL_HQ, COL_OWNER,
    COL_PLATFORM, COL_SOURCES, COL_SUMMARY, COL_US, EMPTY, FEED_FOLLOWS, FEED_INTERESTS, INTRO,
    NO_FIGURES, REGION, SCROLL_HINT,
};
use crate::view::strings::Count;
use yew::prelude::*;

/// The text of a field, or "Not stated in our sources" where the data leaves it empty.
fn stated(text: Text, lang: Lang) -> Html {
    let words = text.get(lang);
    if words.trim().is_empty() {
        html! { <span class="xhs-not-stated">{ labels::NOT_STATED.get(lang) }</span> }
    } else {
        html! { { words } }
    }
}

fn feed_text(feed: FeedBasis, lang: Lang) -> Html {
    match feed {
        FeedBasis::Interests => html! { { FEED_INTERESTS.get(lang) } },
        FeedBasis::Follows => html! { { FEED_FOLLOWS.get(lang) } },
        FeedBasis::Unknown => stated(Text::new("", ""), lang),
    }
}

fn founded_text(platform: &Platform, lang: Lang) -> Html {
    if platform.founded == 0 {
        stated(Text::new("", ""), lang)
    } else {
        let year = crate::model::records::Date::new(platform.founded, 0, 0);
        html! {
            <time datetime={intl::iso(year)}>
                { intl::date(year, crate::model::records::Precision::Year, lang) }
            </time>
        }
    }
}

#[function_component(Platforms)]
pub fn platforms() -> Html {
    let ctx = use_section(Section::Platforms);
    let lang = ctx.lang;
    let data = ctx.data;
    // Derived once per filter state, not on every render.
    let shown = {
        let index = ctx.index.clone();
        use_memo(ctx.query.clone(), move |query| {
            query.visible_platforms(data, &index)
        })
    };
    let count_text = |n: usize| figures_count(lang, Count::new(n, &intl::number(n as f64, lang)));

    let rows = shown.iter().filter_map(|&ix| {
        let platform = data.platforms.get(ix)?;
        let figures = figures_of(data, &ctx.visible.figures, ix);
        let figure_list = figures.iter().filter_map(|&fx| {
            let figure = data.figures.get(fx)?;
            let value = html! { <strong class="xhs-ptable__value">{ value_text(figure, lang) }</strong> };
            let date = html! {
                <time datetime={intl::iso(figure.as_of.date)}>{ intl::when(figure.as_of, lang) }</time>
            };
            // English: "about 170 million TikTok users in the US (January 2025)". Chinese puts the
            // label first, unspaced, with full-width marks: "TikTok在美国的用户数：约1.7亿（2025年1月）".
            Some(match lang {
                Lang::En => html! {
                    <li key={figure.id} data-figure={figure.id}>
                        { value }{ " " }{ figure.measure.get(lang) }{ " " }
                        <span class="xhs-ptable__date">{ "(" }{ date }{ ")" }</span>
                    </li>
                },
                Lang::Zh => html! {
                    <li key={figure.id} data-figure={figure.id}>
                        { figure.measure.get(lang) }{ "：" }{ value }
                        <span class="xhs-ptable__date">{ "（" }{ date }{ "）" }</span>
                    </li>
                },
            })
        });
        let sources = publishers(data, platform.citations, lang)
            .into_iter()
            .map(|name| html! { <li>{ name }</li> });
        Some(html! {
            <tr key={platform.id} data-platform={platform.id}>
                <th scope="row" class="xhs-ptable__name">{ platform.name.get(lang) }</th>
                <td data-label={COL_OWNER.get(lang)} class="xhs-ptable__owner">{ stated(platform.owner, lang) }</td>
                <td data-label={COL_FOUNDED.get(lang)} class="xhs-ptable__founded">{ founded_text(platform, lang) }</td>
                <td data-label={COL_HQ.get(lang)} class="xhs-ptable__hq">{ stated(platform.headquarters, lang) }</td>
                <td data-label={COL_FEED.get(lang)} class="xhs-ptable__feed">{ feed_text(platform.feed, lang) }</td>
                <td data-label={COL_US.get(lang)} class="xhs-ptable__long">{ stated(platform.us_availability, lang) }</td>
                <td data-label={COL_CN.get(lang)} class="xhs-ptable__long">{ stated(platform.cn_availability, lang) }</td>
                <td data-label={COL_SUMMARY.get(lang)} class="xhs-ptable__long">{ stated(platform.summary, lang) }</td>
                <td data-label={COL_FIGURES.get(lang)} class="xhs-ptable__figures">
                    if figures.is_empty() {
                        <span class="xhs-ptable__none">{ NO_FIGURES.get(lang) }</span>
                    } else {
                        <details class="xhs-ptable__details">
                            <summary>{ count_text(figures.len()) }</summary>
                            <ul class="xhs-ptable__list">{ for figure_list }</ul>
                        </details>
                    }
                </td>
                <td data-label={COL_SOURCES.get(lang)} class="xhs-ptable__sources">
                    <ul class="xhs-ptable__list">{ for sources }</ul>
                </td>
            </tr>
        })
    });

    html! {
        <div class="xhs-platforms">
            <h3 class="xhs-section-title">{ labels::section(Section::Platforms).get(lang) }</h3>
            <p class="xhs-platforms__intro">{ INTRO.get(lang) }</p>
            if shown.is_empty() {
                <p class="xhs-empty xhs-platforms__empty" role="status">{ EMPTY.get(lang) }</p>
            } else {
                <p class="xhs-ptable__hint">{ SCROLL_HINT.get(lang) }</p>
                <div class="xhs-ptable-wrap" role="region" aria-label={REGION.get(lang)} tabindex="0">
                    <table class="xhs-ptable" part="table">
                        <caption>{ CAPTION.get(lang) }</caption>
                        { table_head(&[
                            COL_PLATFORM, COL_OWNER, COL_FOUNDED, COL_HQ, COL_FEED, COL_US, COL_CN,
                            COL_SUMMARY, COL_FIGURES, COL_SOURCES,
                        ], lang) }
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </div>
    }
}
