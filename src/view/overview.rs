//! The overview: the lede in the project's own words, a few headline numbers with their dates
//! and sources, and the dataset's as-of stamp.

use crate::model::records::{Figure, Lang};
use crate::query::disputed::disputing;
use crate::query::section::Section;
use crate::view::context::use_section;
use crate::view::figure_value::value_text;
use crate::view::intl;
use crate::view::labels;
use crate::view::source_line::{publishers_text, source_line};
use crate::view::strings::overview::{AS_OF_SHORT, DISPUTED, HEADLINES, HOW_TO};
use yew::prelude::*;

#[function_component(Overview)]
pub fn overview() -> Html {
    let ctx = use_section(Section::Overview);
    let lang = ctx.lang;
    let data = ctx.data;
    // "as of January 14, 2025" / "截至2025年1月14日": no space between Chinese and digits.
    let gap = match lang {
        Lang::En => " ",
        Lang::Zh => "",
    };
    let cards = data.headline.iter().map(|&ix| {
        let figure: &Figure = &data.figures[ix as usize];
        let others = disputing(data, ix as usize);
        let (paren_open, paren_close, sep) = match lang {
            Lang::En => (" (", ")", "; "),
            Lang::Zh => ("（", "）", "；"),
        };
        let others_text: Vec<String> = others
            .iter()
            .map(|&j| {
                let other = &data.figures[j];
                let who = publishers_text(data, other.citations, lang);
                format!("{}{paren_open}{who}{paren_close}", value_text(other, lang))
            })
            .collect();
        html! {
            <li class="xhs-headline">
                <p class="xhs-headline__value">{ value_text(figure, lang) }</p>
                <p class="xhs-headline__measure">{ figure.measure.get(lang) }</p>
                <p class="xhs-headline__meta">
                    { AS_OF_SHORT.get(lang) }{ gap }
                    <time datetime={intl::iso(figure.as_of.date)}>{ intl::when(figure.as_of, lang) }</time>
                    { " · " }{ source_line(data, figure.citations, lang) }
                </p>
                if !others_text.is_empty() {
                    <p class="xhs-headline__disputed">
                        { DISPUTED.get(lang) }{ others_text.join(sep) }
                    </p>
                }
            </li>
        }
    });
    html! {
        <div class="xhs-overview" data-section={Section::Overview.name()}>
            <h3 class="xhs-section-title">{ labels::section(Section::Overview).get(lang) }</h3>
            <p class="xhs-lede">{ data.lede.get(lang) }</p>
            <h4 class="xhs-subtitle">{ HEADLINES.get(lang) }</h4>
            <ul class="xhs-headlines">{ for cards }</ul>
            <p class="xhs-asof">
                { labels::AS_OF.get(lang) }{ gap }
                <time datetime={intl::iso(data.as_of)}>{ intl::date(data.as_of, crate::model::records::Precision::Day, lang) }</time>
            </p>
            <p class="xhs-hint">{ HOW_TO.get(lang) }</p>
        </div>
    }
}
