//! The date-range filter: two date inputs that narrow every section at once.

use crate::model::records::Date;
use crate::query::filters::action::Action;
use crate::query::filters::active_filters::input_days;
use crate::query::iso_date::parse_date;
use crate::view::app::context::ViewContext;
use crate::view::intl;
use crate::view::strings::date_range::{FROM, LEGEND, TO};
use yew::prelude::*;

pub fn date_range(ctx: &ViewContext) -> Html {
    let lang = ctx.lang;
    let on = |make: fn(Option<Date>) -> Action| {
        let on_action = ctx.on_action.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            // Empty clears the bound; anything that is not a date is ignored, not guessed at.
            if v.is_empty() {
                on_action.emit(make(None));
            } else if let Some(d) = parse_date(&v) {
                on_action.emit(make(Some(d)));
            }
        })
    };
    let (from, to) = input_days(&ctx.query);
    let from = from.map(intl::iso).unwrap_or_default();
    let to = to.map(intl::iso).unwrap_or_default();
    html! {
        <fieldset class="xhs-dates">
            <legend>{ LEGEND.get(lang) }</legend>
            <label class="xhs-dates__field">
                <span>{ FROM.get(lang) }</span>
                <input type="date" class="xhs-dates__from" value={from}
                    min="2023-01-01" max="2026-12-31" onchange={on(Action::SetFrom)} />
            </label>
            <label class="xhs-dates__field">
                <span>{ TO.get(lang) }</span>
                <input type="date" class="xhs-dates__to" value={to}
                    min="2023-01-01" max="2026-12-31" onchange={on(Action::SetTo)} />
            </label>
        </fieldset>
    }
}
