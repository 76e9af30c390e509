//! One facet (themes, actors, platforms, sources or perspectives) as toggle chips, each with a
//! live count of the items it would show, inside a disclosure so 80+ chips don't crowd the page.

use crate::query::filters::action::Action;
use crate::query::filters::counts::FacetCounts;
use crate::query::filters::facet::Facet;
use crate::view::app::context::use_view;
use crate::view::labels;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub facet: Facet,
    pub counts: Rc<FacetCounts>,
}

#[function_component(FacetGroup)]
pub fn facet_group(props: &FacetGroupProps) -> Html {
    let ctx = use_view();
    let lang = ctx.lang;
    let facet = props.facet;
    let open = use_state(|| false);
    let selected = ctx.query.selection(facet).len();
    let id = format!("xhs-facet-{}", facet.key());

    let toggle_open = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let clear = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::ClearFacet(facet)))
    };
    let chips = (0..facet.vocab_len(ctx.data) as u16).map(|ix| {
        let pressed = ctx.query.is_selected(facet, ix);
        let count = props.counts.get(facet, ix);
        let label = facet.term_label(ctx.data, ix, lang).unwrap_or_default();
        let onclick = {
            let on_action = ctx.on_action.clone();
            Callback::from(move |_| on_action.emit(Action::Toggle(facet, ix)))
        };
        html! {
            <li>
                <button type="button" class={classes!("xhs-chip", (count == 0 && !pressed).then_some("xhs-chip--empty"))}
                    aria-pressed={pressed.to_string()} {onclick}
                    data-term={facet.term_id(ctx.data, ix).unwrap_or_default()}>
                    <span class="xhs-chip__label">{ label }</span>
                    <span class="xhs-chip__count" aria-label={labels::count_of_items(count, lang)}>{ count }</span>
                </button>
            </li>
        }
    });

    html! {
        <div class={classes!("xhs-facet", (*open).then_some("xhs-facet--open"))}>
            <button type="button" class="xhs-facet__toggle" aria-expanded={open.to_string()}
                aria-controls={id.clone()} onclick={toggle_open}>
                { labels::facet(facet).get(lang) }
                if selected > 0 {
                    <span class="xhs-facet__selected">{ labels::in_brackets(selected, lang) }</span>
                }
            </button>
            if *open {
                <div id={id.clone()} class="xhs-facet__body" role="group" aria-label={labels::facet(facet).get(lang)}>
                    <p class="xhs-facet__scope">{ labels::facet_scope(facet).get(lang) }</p>
                    <ul class="xhs-chips">{ for chips }</ul>
                    if selected > 0 {
                        <button type="button" class="xhs-link-button" onclick={clear}>
                            { labels::CLEAR.get(lang) }
                        </button>
                    }
                </div>
            }
        </div>
    }
}
