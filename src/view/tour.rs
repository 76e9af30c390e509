//! The guided tour's panel: where the reader is ("Step 3 / 8" and a progress bar), the step's
//! title, its caption in our words and its sources, with Previous, Next and a way out to free
//! exploration that keeps the step's view. The arrow keys, Home and End move between steps
//! (listed with the other shortcuts under "?").

use crate::model::records::Lang;
use crate::query::roving::next_index;
use crate::view::app::context::use_view;
use crate::view::sources::source_line::source_line;
use crate::view::strings::tour::{progress, EXIT, FINISH, LABEL, NEXT, PREVIOUS, START};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TourProps {
    /// The step shown, by index into `data.tour`.
    pub step: usize,
}

#[function_component(Tour)]
pub fn tour(props: &TourProps) -> Html {
    let ctx = use_view();
    let (lang, data) = (ctx.lang, ctx.data);
    let count = data.tour.len();
    let Some(step) = data.tour.get(props.step) else {
        return Html::default();
    };
    let current = props.step;
    let go = |to: Option<usize>| {
        let on_tour = ctx.on_tour.clone();
        Callback::from(move |_: MouseEvent| on_tour.emit(to))
    };
    let last = current + 1 == count;
    let on_keydown = {
        let on_tour = ctx.on_tour.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(to) = next_index(current, count, &e.key()) {
                e.prevent_default();
                on_tour.emit(Some(to));
            }
        })
    };
    html! {
        <section class="xhs-tour" part="tour" aria-label={LABEL.get(lang)} onkeydown={on_keydown}>
            <div class="xhs-tour__text" aria-live="polite">
                <p class="xhs-tour__progress">
                    { progress(lang, &(current + 1).to_string(), &count.to_string()) }
                    <progress max={count.to_string()} value={(current + 1).to_string()} aria-hidden="true" />
                </p>
                <h3 class="xhs-tour__title">{ step.title.get(lang) }</h3>
                <p class="xhs-tour__caption">{ step.caption.get(lang) }</p>
                <p class="xhs-tour__source">{ source_line(data, step.citations, lang) }</p>
            </div>
            <div class="xhs-tour__controls">
                <button type="button" class="xhs-tour__previous" disabled={current == 0}
                    onclick={go(current.checked_sub(1))}>{ PREVIOUS.get(lang) }</button>
                if last {
                    <button type="button" class="xhs-tour__next xhs-button--primary" onclick={go(None)}>{ FINISH.get(lang) }</button>
                } else {
                    <button type="button" class="xhs-tour__next xhs-button--primary" onclick={go(Some(current + 1))}>{ NEXT.get(lang) }</button>
                }
                <button type="button" class="xhs-link-button xhs-tour__exit" onclick={go(None)}>{ EXIT.get(lang) }</button>
            </div>
        </section>
    }
}

/// "Walk me through it": starts the tour at its first step.
pub fn start_button(lang: Lang, on_tour: &Callback<Option<usize>>) -> Html {
    let on_tour = on_tour.clone();
    let onclick = Callback::from(move |_| on_tour.emit(Some(0)));
    html! {
        <button type="button" class="xhs-button--primary xhs-tour-start" {onclick}>{ START.get(lang) }</button>
    }
}
