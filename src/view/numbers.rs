//! PLACEHOLDER: the Numbers section, being written now.

use yew::prelude::*;

#[function_component(Numbers)]
pub fn numbers_placeholder() -> Html {
    html! {}
}
