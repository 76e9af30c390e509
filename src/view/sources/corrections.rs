//! The corrections log: every substantive change to a published item, dated, with what changed
//! and why, shown at the foot of the Sources section in the reader's language.

use crate::model::records::{Dataset, Lang};
use crate::query::sources::corrections::item_title;
use crate::view::intl;
use crate::view::strings::corrections::{HEADING, INTRO, WHY};
use yew::prelude::*;

/// The log, newest first, as a list under a heading; nothing when there are no corrections.
pub fn corrections(data: &'static Dataset, lang: Lang) -> Html {
    if data.corrections.is_empty() {
        return html! {};
    }
    let items = data.corrections.iter().map(|c| {
        html! {
            <li class="xhs-correction" data-item={c.item}>
                <p class="xhs-correction__head">
                    <time datetime={intl::iso(c.date)}>
                        { intl::date(c.date, crate::model::records::Precision::Day, lang) }
                    </time>
                    <span aria-hidden="true">{ " · " }</span>
                    <span class="xhs-correction__item">{ item_title(data, c.item, lang) }</span>
                </p>
                <p class="xhs-correction__what">{ c.what.get(lang) }</p>
                <p class="xhs-correction__why">{ WHY.get(lang) }{ c.why.get(lang) }</p>
            </li>
        }
    });
    html! {
        <section class="xhs-corrections" aria-labelledby="xhs-corrections-heading">
            <h4 id="xhs-corrections-heading" class="xhs-corrections__title">{ HEADING.get(lang) }</h4>
            <p class="xhs-corrections__intro">{ INTRO.get(lang) }</p>
            <ol class="xhs-corrections__list">{ for items }</ol>
        </section>
    }
}
