//! The overview: the lede in the project's own words, a few headline numbers with their dates
//! and sources, and the dataset's as-of stamp.

use crate::model::records::{Figure, Lang};
use crate::query::disputed::disputing;
use crate::query::section::Section;
use crate::view::context::use_view;
use crate::view::figure_value::value_text;
use crate::view::intl;
use crate::view::labels;
use crate::view::source_line::{publishers_text, source_line};
use crate::view::strings::overview::{AS_OF_SHORT, DISPUTED, HEADLINES, HOW_TO};
use yew::prelude::*;

#[function_component(Overview)]
pub fn overview() -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let d = ctx.data;
    // "as of January 14, 2025" / "截至2025年1月14日": no space between Chinese and digits.
    let gap = match l {
        Lang::En => " ",
        Lang::Zh => "",
    };
    let cards = d.headline.iter().map(|&ix| {
        let f: &Figure = &d.figures[ix as usize];
        let others = disputing(d, ix as usize);
        let (paren_open, paren_close, sep) = match l {
            Lang::En => (" (", ")", "; "),
            Lang::Zh => ("（", "）", "；"),
        };
        let others_text: Vec<String> = others
            .iter()
            .map(|&j| {
                let g = &d.figures[j];
                let who = publishers_text(d, g.citations, l);
                format!("{}{paren_open}{who}{paren_close}", value_text(g, l))
            })
            .collect();
        html! {
            <li class="xhs-headline">
                <p class="xhs-headline__value">{ value_text(f, l) }</p>
                <p class="xhs-headline__measure">{ f.measure.get(l) }</p>
                <p class="xhs-headline__meta">
                    { AS_OF_SHORT.get(l) }{ gap }
                    <time datetime={intl::iso(f.as_of.date)}>{ intl::when(f.as_of, l) }</time>
                    { " · " }{ source_line(d, f.citations, l) }
                </p>
                if !others_text.is_empty() {
                    <p class="xhs-headline__disputed">
                        { DISPUTED.get(l) }{ others_text.join(sep) }
                    </p>
                }
            </li>
        }
    });
    html! {
        <div class="xhs-overview" data-section={Section::Overview.name()}>
            <h3 class="xhs-section-title">{ labels::section(Section::Overview).get(l) }</h3>
            <p class="xhs-lede">{ d.lede.get(l) }</p>
            <h4 class="xhs-subtitle">{ HEADLINES.get(l) }</h4>
            <ul class="xhs-headlines">{ for cards }</ul>
            <p class="xhs-asof">
                { labels::AS_OF.get(l) }{ gap }
                <time datetime={intl::iso(d.as_of)}>{ intl::date(d.as_of, crate::model::records::Precision::Day, l) }</time>
            </p>
            <p class="xhs-hint">{ HOW_TO.get(l) }</p>
        </div>
    }
}
