//! Section "Numbers": every figure group that has a figure passing the shared filters, with its
//! charts, tables and cards; an empty state when none passes.

use crate::query::figures::figure_groups::visible_groups;
use crate::query::filters::action::Action;
use crate::query::section::Section;
use crate::view::app::context::use_section;
use crate::view::figures::figure_group::figure_group;
use crate::view::labels;
use crate::view::strings::numbers::{EMPTY, INTRO};
use yew::prelude::*;

#[function_component(Numbers)]
pub fn numbers() -> Html {
    let ctx = use_section(Section::Numbers);
    let lang = ctx.lang;
    let data = ctx.data;
    // Derived once per filter state, not on every render.
    let groups = use_memo(ctx.visible.clone(), move |visible| {
        visible_groups(data, &visible.figures)
    });
    let on_clear = {
        let on_action = ctx.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Reset))
    };

    html! {
        <div class="xhs-numbers">
            <h3 class="xhs-section-title">{ labels::section(Section::Numbers).get(lang) }</h3>
            <p class="xhs-numbers__intro">{ INTRO.get(lang) }</p>
            if groups.is_empty() {
                <div class="xhs-empty xhs-numbers__empty" role="status">
                    <p>{ EMPTY.get(lang) }</p>
                    <button type="button" class="xhs-button" onclick={on_clear}>{ labels::RESET.get(lang) }</button>
                </div>
            } else {
                { for groups.iter().map(|(group, figures)| figure_group(&ctx, *group, figures)) }
            }
        </div>
    }
}
