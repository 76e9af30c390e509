//! The live region that tells every reader, and screen readers, how much the filters let
//! through: "12 of 46 events · 30 of 30 figures · 16 of 16 quotes" /
//! "事件12个（共46个）；数据30项（共30项）；引语16条（共16条）".

use crate::query::filters::counts::ResultCounts;
use crate::query::filters::item::Kind;
use crate::query::punctuation;
use crate::view::app::context::ViewContext;
use crate::view::labels;
use yew::prelude::*;

pub fn result_status(ctx: &ViewContext) -> Html {
    let counts = ResultCounts::new(&ctx.visible, ctx.data);
    let text = Kind::ALL
        .iter()
        .map(|k| {
            let count = counts.of(*k);
            labels::shown_of_total(count.shown, count.total, *k, ctx.lang)
        })
        .collect::<Vec<_>>()
        .join(punctuation::of(ctx.lang).separator);
    html! {
        <p class="xhs-status" role="status" aria-live="polite" aria-atomic="true">{ text }</p>
    }
}
