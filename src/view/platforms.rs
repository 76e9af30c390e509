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
use crate::view::labels::{self, t};
use crate::view::source_line::publishers;
use yew::prelude::*;

const INTRO: Text = t(
    "Six apps appear in the story. Where our sources do not state something, the table says so rather than guessing.",
    "本专题涉及六款应用。所引来源未提及的信息，表格如实注明，不作猜测。",
);
const CAPTION: Text = t(
    "TikTok, Xiaohongshu and four other platforms: who owns them, how their feeds work, and where they are available",
    "TikTok、小红书及另外四个平台：归谁所有、信息流如何运作、在哪里可以使用",
);
const REGION: Text = t("Platform comparison table", "平台对比表");
const SCROLL_HINT: Text = t(
    "Scroll the table sideways to see every column.",
    "左右滚动表格可查看所有列。",
);
const COL_PLATFORM: Text = t("Platform", "平台");
const COL_OWNER: Text = t("Owner", "所属公司");
const COL_FOUNDED: Text = t("Founded", "创立时间");
const COL_HQ: Text = t("Headquarters", "总部");
const COL_FEED: Text = t("Feed", "信息流");
const COL_US: Text = t("In the US", "美国可用情况");
const COL_CN: Text = t("In China", "中国可用情况");
const COL_SUMMARY: Text = t("Summary", "概述");
const COL_FIGURES: Text = t("Figures", "相关数据");
const COL_SOURCES: Text = t("Sources", "来源");
const FEED_INTERESTS: Text = t(
    "Interest-based: posts are recommended by what the user likes",
    "基于兴趣：按用户喜好推荐内容",
);
const FEED_FOLLOWS: Text = t(
    "Follow-based: posts come from accounts the user follows",
    "基于关注：内容来自用户关注的账号",
);
const NO_FIGURES: Text = t(
    "None among the figures that pass the filters",
    "当前筛选下没有相关数据",
);
const EMPTY: Text = t(
    "No platform matches the search.",
    "没有符合搜索条件的平台。",
);

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
        FeedBasis::Unknown => stated(t("", ""), l),
    }
}

fn founded_text(p: &Platform, l: Lang) -> Html {
    if p.founded == 0 {
        stated(t("", ""), l)
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
