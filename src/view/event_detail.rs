//! PLACEHOLDER: the event detail dialog, being written now.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventDetailProps {
    /// Index into `dataset().events`.
    pub event: usize,
    pub on_close: Callback<()>,
}

#[function_component(EventDetail)]
pub fn event_detail(_props: &EventDetailProps) -> Html {
    html! {}
}
