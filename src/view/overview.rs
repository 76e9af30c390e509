//! The overview, story first: the lede in the project's own words, the headline numbers with
//! their dates and sources, then the rest of the story and the dataset's as-of stamp.

use crate::model::records::Figure;
use crate::query::figures::disputed::disputing;
use crate::query::punctuation;
use crate::query::section::Section;
use crate::query::sources::source_label::lead_publisher;
use crate::view::app::context::use_section;
use crate::view::figures::figure_value::value_text;
use crate::view::intl;
use crate::view::labels;
use crate::view::strings::overview::{
    AS_OF_SHORT, DISPUTED_SHORT, HEADLINES, HOW_COUNTED, LATEST_EVENT,
};
use crate::view::tour;
use yew::prelude::*;

#[function_component(Overview)]
pub fn overview() -> Html {
    let ctx = use_section(Section::Overview);
    let lang = ctx.lang;
    let data = ctx.data;
    // "as of January 14, 2025" / "截至2025年1月14日": no space between Chinese and digits.
    let gap = punctuation::of(lang).gap;
    // Each headline number is a compact card: value, a short label, date and source; how it
    // was counted, and the counts that disagree, are one click away in Numbers.
    let cards = data.headline.iter().map(|&ix| {
        let figure: &Figure = &data.figures[ix as usize];
        let disputed = !disputing(data, ix as usize).is_empty();
        html! {
            <li class="xhs-headline">
                <p class="xhs-headline__value">{ value_text(figure, lang) }</p>
                <p class="xhs-headline__measure">
                    { figure.short.get(lang) }{ gap }
                    <span class="xhs-headline__meta">
                        { AS_OF_SHORT.get(lang) }{ gap }
                        <time datetime={intl::iso(figure.as_of.date)}>{ intl::when(figure.as_of, lang) }</time>
                        { " · " }{ lead_publisher(data, figure.citations, lang) }
                        if disputed { { " · " }<strong>{ DISPUTED_SHORT.get(lang) }</strong> }
                    </span>
                </p>
            </li>
        }
    });
    // The story's horizon: the last event any source reports, beside the as-of date.
    let latest = data
        .events
        .iter()
        .map(|e| e.until.unwrap_or(e.when))
        .max_by_key(|w| w.date);
    let sep = punctuation::of(lang).separator;
    let on_numbers = {
        let on_section = ctx.on_section.clone();
        Callback::from(move |_| on_section.emit(Section::Numbers))
    };
    html! {
        <div class="xhs-overview" data-section={Section::Overview.name()}>
            // The tab already says "Overview" on screen; the heading stays for assistive tech.
            <h3 class="xhs-section-title xhs-visually-hidden">{ labels::section(Section::Overview).get(lang) }</h3>
            <p class="xhs-lede">{ data.lede.get(lang) }</p>
            <h4 class="xhs-subtitle">{ HEADLINES.get(lang) }</h4>
            <ul class="xhs-headlines">{ for cards }</ul>
            <div class="xhs-overview__next">
                if !data.tour.is_empty() {
                    { tour::start_button(lang, &ctx.on_tour) }
                }
                <button type="button" class="xhs-link-button" onclick={on_numbers}>{ HOW_COUNTED.get(lang) }</button>
            </div>
            <p class="xhs-lede-more">{ data.lede_more.get(lang) }</p>
            <p class="xhs-asof">
                { labels::AS_OF.get(lang) }{ gap }
                <time datetime={intl::iso(data.as_of)}>{ intl::date(data.as_of, crate::model::records::Precision::Day, lang) }</time>
                if let Some(latest) = latest {
                    { sep }{ LATEST_EVENT.get(lang) }
                    <time class="xhs-asof__latest" datetime={intl::iso(latest.date)}>{ intl::when(latest, lang) }</time>
                }
            </p>
        </div>
    }
}
