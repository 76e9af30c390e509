//! A data table's header row: one `<th scope="col">` per column, in the reader's language.

use crate::model::records::{Lang, Text};
use yew::prelude::*;

/// `<thead>` with one column header per entry of `columns`.
pub fn table_head(columns: &[Text], lang: Lang) -> Html {
    html! {
        <thead>
            <tr>
                { for columns.iter().map(|c| html! { <th scope="col">{ c.get(lang) }</th> }) }
            </tr>
        </thead>
    }
}
