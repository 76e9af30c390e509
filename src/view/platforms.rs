//! PLACEHOLDER: the Platforms section, being written now.

use yew::prelude::*;

#[function_component(Platforms)]
pub fn platforms_placeholder() -> Html {
    html! {}
}
