//! Free-text search over titles, summaries and quotes in both languages, debounced so typing
//! stays smooth: the input updates at once, the filter a moment after the last keystroke.

use crate::query::action::Action;
use crate::view::context::use_view;
use crate::view::strings::search_box::{LABEL, PLACEHOLDER};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long typing must pause before the filter runs. Long enough to skip mid-word work on a
/// large dataset, short enough to feel immediate.
pub const DEBOUNCE_MS: u32 = 180;

#[function_component(SearchBox)]
pub fn search_box() -> Html {
    let ctx = use_view();
    let lang = ctx.lang;
    // The text as typed; the query's text lags it by the debounce.
    let typed = use_state(|| ctx.query.text().to_string());
    let pending = use_mut_ref(|| None::<Timeout>);

    // A reset (or a URL hash) can change the query's text from outside: follow it.
    {
        let typed = typed.clone();
        let pending = pending.clone();
        use_effect_with(ctx.query.text().to_string(), move |text| {
            if pending.borrow().is_none() && *typed != *text {
                typed.set(text.clone());
            }
        });
    }

    let oninput = {
        let typed = typed.clone();
        let on_action = ctx.on_action.clone();
        let pending = pending.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            typed.set(value.clone());
            let on_action = on_action.clone();
            let done = pending.clone();
            // Dropping the previous Timeout cancels it.
            *pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                done.borrow_mut().take();
                on_action.emit(Action::SetText(value));
            }));
        })
    };

    html! {
        <div class="xhs-search" role="search">
            <label class="xhs-search__label" for="xhs-search-input">{ LABEL.get(lang) }</label>
            <input id="xhs-search-input" class="xhs-search__input" type="search"
                value={(*typed).clone()} placeholder={PLACEHOLDER.get(lang)}
                autocomplete="off" spellcheck="false" {oninput} />
        </div>
    }
}
