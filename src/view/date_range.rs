//! The date-range filter: two date inputs that narrow every section at once.

use crate::model::records::Text;
use crate::query::action::Action;
use crate::query::iso_date::parse_date;
use crate::view::context::use_view;
use crate::view::intl;
use crate::view::labels::t;
use yew::prelude::*;

const LEGEND: Text = t("Dates", "日期");
const FROM: Text = t("From", "从");
const TO: Text = t("To", "到");

#[function_component(DateRange)]
pub fn date_range() -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let on = |make: fn(Option<crate::model::records::Date>) -> Action| {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            // An empty or partial input clears that bound rather than guessing.
            dispatch.emit(make(parse_date(&v)));
        })
    };
    let value = |d: Option<crate::model::records::Date>| d.map(intl::iso).unwrap_or_default();
    html! {
        <fieldset class="xhs-dates">
            <legend>{ LEGEND.get(l) }</legend>
            <label class="xhs-dates__field">
                <span>{ FROM.get(l) }</span>
                <input type="date" class="xhs-dates__from" value={value(ctx.query.from())}
                    min="2023-01-01" max="2026-12-31" onchange={on(Action::SetFrom)} />
            </label>
            <label class="xhs-dates__field">
                <span>{ TO.get(l) }</span>
                <input type="date" class="xhs-dates__to" value={value(ctx.query.to())}
                    min="2023-01-01" max="2026-12-31" onchange={on(Action::SetTo)} />
            </label>
        </fieldset>
    }
}
