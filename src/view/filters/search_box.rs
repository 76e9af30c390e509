//! Free-text search over titles, summaries and quotes in both languages. Every keystroke filters
//! at once: the query layer answers in well under a frame, so there is no debounce to wait for.

use crate::query::filters::action::Action;
use crate::view::app::context::ViewContext;
use crate::view::strings::search_box::{LABEL, PLACEHOLDER};
use yew::prelude::*;

pub fn search_box(ctx: &ViewContext) -> Html {
    let lang = ctx.lang;
    let oninput = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            on_action.emit(Action::SetText(value));
        })
    };

    // The query keeps the text as typed (spaces and all), so the box can show it directly, and a
    // reset or a URL hash that changes the query changes the box too.
    html! {
        <div class="xhs-search" role="search">
            <label class="xhs-search__label" for="xhs-search-input">{ LABEL.get(lang) }</label>
            <input id="xhs-search-input" class="xhs-search__input" type="search"
                value={ctx.query.text().to_string()} placeholder={PLACEHOLDER.get(lang)}
                autocomplete="off" spellcheck="false" {oninput} />
        </div>
    }
}
