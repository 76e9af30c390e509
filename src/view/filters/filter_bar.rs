//! The one filter state's controls, shared by every section but the overview: one compact bar
//! (search, a "Filters" button counting the active filters, reset) over the live result count;
//! the dates, facet chips and export open in a panel under the button, so the story comes first.

use crate::query::filters::action::Action;
use crate::query::filters::counts::FacetCounts;
use crate::query::filters::facet::Facet;
use crate::view::app::context::use_view;
use crate::view::filters::date_range::date_range;
use crate::view::filters::export_buttons::ExportButtons;
use crate::view::filters::facet_group::FacetGroup;
use crate::view::filters::result_status::result_status;
use crate::view::filters::search_box::search_box;
use crate::view::labels;
use crate::view::strings::filter_bar::FILTERS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    /// Hidden (but kept, with its open panel) on sections the filters do not change.
    pub hidden: bool,
}

#[function_component(FilterBar)]
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let ctx = use_view();
    let lang = ctx.lang;
    let counts = {
        let index = ctx.index.clone();
        let data = ctx.data;
        use_memo(ctx.query.clone(), move |q| {
            FacetCounts::compute(q, data, &index)
        })
    };
    let more_open = use_state(|| false);
    let reset = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Reset))
    };
    let toggle_more = {
        let more_open = more_open.clone();
        Callback::from(move |_| more_open.set(!*more_open))
    };
    // What the panel holds that is switched on: chips and date bounds.
    let active = ctx.query.selected_count()
        + usize::from(ctx.query.from().is_some())
        + usize::from(ctx.query.to().is_some());
    let facets = Facet::ALL
        .iter()
        .map(|f| html! { <FacetGroup facet={*f} counts={counts.clone()} /> });
    html! {
        <section class="xhs-filters" part="filters" aria-label={labels::FILTERS.get(lang)} hidden={props.hidden}>
            <div class="xhs-filters__row">
                { search_box(&ctx) }
                <button type="button" class="xhs-filters__toggle" aria-expanded={more_open.to_string()}
                    aria-controls="xhs-filters-more" onclick={toggle_more}>
                    { FILTERS.get(lang) }
                    if active > 0 { { labels::in_brackets(active, lang) } }
                </button>
                <button type="button" class="xhs-reset" onclick={reset}
                    disabled={ctx.query.is_default()}>{ labels::RESET.get(lang) }</button>
            </div>
            <div id="xhs-filters-more"
                class={classes!("xhs-filters__more", (*more_open).then_some("xhs-filters__more--open"))}>
                { date_range(&ctx) }
                <div class="xhs-filters__facets">{ for facets }</div>
                <ExportButtons />
            </div>
            { result_status(&ctx) }
        </section>
    }
}
