//! The accessible alternative to every chart: a real `<table>` of the charted figures behind a
//! toggle.

use crate::query::figures::figure_groups::KeyedFigure;
use crate::query::svg_number::plain;
use crate::view::app::context::use_view;
use crate::view::charts::table_head::table_head;
use crate::view::figures::figure_value::{unit_label, value_text};
use crate::view::intl;
use crate::view::sources::source_line::publishers_text;
use crate::view::strings::data_table::{
    COL_AS_OF, COL_FIGURE, COL_PLATFORM, COL_SOURCE, COL_UNIT, COL_VALUE, HIDE_TABLE, SHOW_TABLE,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// Unique within the widget; the table's element id.
    pub id: AttrValue,
    pub caption: AttrValue,
    pub figures: Vec<KeyedFigure>,
}

/// The figures of one chart as a table, collapsed behind a toggle button by default.
#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let ctx = use_view();
    let lang = ctx.lang;
    let data = ctx.data;
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };

    let rows = props.figures.iter().filter_map(|k| {
        let figure = data.figures.get(k.ix)?;
        Some(html! {
            <tr key={figure.id} data-figure={figure.id}>
                <th scope="row" data-label={COL_FIGURE.get(lang)}>
                    <span class="xhs-key">{ k.key }</span>{ " " }{ figure.measure.get(lang) }
                </th>
                <td data-label={COL_VALUE.get(lang)}>
                    <data value={plain(figure.value)}>{ value_text(figure, lang) }</data>
                </td>
                <td data-label={COL_UNIT.get(lang)}>{ unit_label(figure.unit).get(lang) }</td>
                <td data-label={COL_AS_OF.get(lang)}>
                    <time datetime={intl::iso(figure.as_of.date)}>{ intl::when(figure.as_of, lang) }</time>
                </td>
                <td data-label={COL_PLATFORM.get(lang)}>{ data.platform_name(figure, lang) }</td>
                <td data-label={COL_SOURCE.get(lang)}>{ publishers_text(data, figure.citations, lang) }</td>
            </tr>
        })
    });

    html! {
        <div class="xhs-dtable">
            <button type="button" class="xhs-dtable__toggle" aria-expanded={open.to_string()}
                aria-controls={props.id.clone()} onclick={on_toggle}>
                { if *open { HIDE_TABLE.get(lang) } else { SHOW_TABLE.get(lang) } }
            </button>
            <div class="xhs-dtable__body" id={props.id.clone()} hidden={!*open}>
                <table class="xhs-dtable__table" part="table">
                    <caption>{ props.caption.clone() }</caption>
                    { table_head(&[COL_FIGURE, COL_VALUE, COL_UNIT, COL_AS_OF, COL_PLATFORM, COL_SOURCE], lang) }
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </div>
    }
}
