//! Section "Numbers": every figure group that has a figure passing the shared filters, with its
//! charts, tables and cards; an empty state when none passes.

use crate::embed::config::Section;
use crate::model::records::{Dataset, Text, VocabIx};
use crate::query::action::Action;
use crate::view::context::use_view;
use crate::view::figure_group::FigureGroup;
use crate::view::labels::{self, t};
use yew::prelude::*;

const INTRO: Text = t(
    "Each figure says exactly what it counts, when, and who reported it. Numbers are rounded and hedged as their sources give them. Every chart has a table of the same data.",
    "每个数字都注明统计的是什么、截至何时、由谁报道。数字的约数和限定词均照录来源。每张图表都附有同样数据的表格。",
);
const EMPTY: Text = t(
    "No figure matches the current filters.",
    "没有符合当前筛选条件的数字。",
);
const CLEAR: Text = t("Clear all filters", "清除所有筛选");

/// The groups that have visible figures, in data order, each with its visible figures (indices
/// into `Dataset::figures`, ascending).
pub fn visible_groups(data: &Dataset, visible_figures: &[usize]) -> Vec<(VocabIx, Vec<usize>)> {
    (0..data.groups.len())
        .filter_map(|g| {
            let g = g as VocabIx;
            let figures: Vec<usize> = visible_figures
                .iter()
                .copied()
                .filter(|&ix| data.figures.get(ix).is_some_and(|f| f.group == g))
                .collect();
            (!figures.is_empty()).then_some((g, figures))
        })
        .collect()
}

#[function_component(Numbers)]
pub fn numbers() -> Html {
    let ctx = use_view();
    let l = ctx.lang;
    let groups = visible_groups(ctx.data, &ctx.visible.figures);
    let on_clear = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Reset))
    };

    html! {
        <div class="xhs-numbers">
            <h3 class="xhs-section-title">{ labels::section(Section::Numbers).get(l) }</h3>
            <p class="xhs-numbers__intro">{ INTRO.get(l) }</p>
            if groups.is_empty() {
                <div class="xhs-empty xhs-numbers__empty" role="status">
                    <p>{ EMPTY.get(l) }</p>
                    <button type="button" class="xhs-button" onclick={on_clear}>{ CLEAR.get(l) }</button>
                </div>
            } else {
                { for groups.into_iter().map(|(group, figures)| html! {
                    <FigureGroup key={group as usize} {group} {figures} />
                }) }
            }
        </div>
    }
}
