//! The one filter state's controls, shared by every section: search, facet chips with live
//! counts, dates, reset, the live result count, and export.

use crate::query::action::Action;
use crate::query::counts::FacetCounts;
use crate::query::facet::Facet;
use crate::view::context::use_view;
use crate::view::date_range::DateRange;
use crate::view::export_buttons::ExportButtons;
use crate::view::facet_group::FacetGroup;
use crate::view::labels;
use crate::view::result_status::ResultStatus;
use crate::view::search_box::SearchBox;
use yew::prelude::*;

#[function_component(FilterBar)]
pub fn filter_bar() -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let counts = {
        let index = ctx.index.clone();
        let data = ctx.data;
        use_memo(ctx.query.clone(), move |q| {
            FacetCounts::compute(q, data, &index)
        })
    };
    let reset = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Reset))
    };
    let facets = Facet::ALL
        .iter()
        .map(|f| html! { <FacetGroup facet={*f} counts={counts.clone()} /> });
    html! {
        <section class="xhs-filters" aria-label={labels::FILTERS.get(l)}>
            <div class="xhs-filters__row">
                <SearchBox />
                <DateRange />
            </div>
            <div class="xhs-filters__facets">{ for facets }</div>
            <div class="xhs-filters__row xhs-filters__footer">
                <ResultStatus />
                <button type="button" class="xhs-reset" onclick={reset}
                    disabled={ctx.query.is_default()}>{ labels::RESET.get(l) }</button>
                <ExportButtons />
            </div>
        </section>
    }
}
