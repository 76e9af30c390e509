//! One group of figures: its title and note, a card per figure (value, definition, date,
//! platform, source), and a chart per unit that has at least two figures to compare. When the
//! group is a conflict the cards sit side by side under a "Sources disagree" label, and none is
//! preferred.

use crate::model::records::{Dataset, Figure, GroupKind, Lang, Unit, VocabIx};
use crate::query::figures::figure_groups::{chart_plan, keyed, KeyedFigure};
use crate::query::punctuation;
use crate::query::svg_number::plain;
use crate::view::app::context::ViewContext;
use crate::view::charts::bar_chart::{bar_chart, BarChartSpec};
use crate::view::charts::rank_chart::{rank_chart, RankChartSpec};
use crate::view::figures::figure_value::{unit_label, value_text};
use crate::view::intl;
use crate::view::sources::source_line::source_line;
use crate::view::strings::figure_group::{
    AS_OF, DISAGREE, DISAGREE_HOW, FIGURES, QUOTED, SIDE_BY_SIDE,
};
use yew::prelude::*;

/// One figure as a card. Conflict cards also quote their sources, since the wording is what
/// differs.
fn figure_card(
    data: &Dataset,
    keyed: KeyedFigure,
    figure: &Figure,
    quote: bool,
    lang: Lang,
) -> Html {
    let quotes = figure.citations.iter().filter_map(|c| {
        let source = data.sources.get(c.source as usize)?;
        Some(html! {
            <li><q lang={source.lang.tag()}>{ c.excerpt }</q></li>
        })
    });
    html! {
        <li class="xhs-fcard" data-figure={figure.id} key={figure.id}>
            <p class="xhs-fcard__head">
                <span class="xhs-key">{ keyed.key }</span>
                <span class="xhs-fcard__platform">{ data.platform_name(figure, lang) }</span>
            </p>
            <p class="xhs-fcard__value">
                <data value={plain(figure.value)}>{ value_text(figure, lang) }</data>
            </p>
            <p class="xhs-fcard__unit">{ unit_label(figure.unit).get(lang) }</p>
            <p class="xhs-fcard__measure">{ figure.measure.get(lang) }</p>
            <dl class="xhs-fcard__meta">
                <div>
                    <dt>{ AS_OF.get(lang) }</dt>
                    <dd><time datetime={intl::iso(figure.as_of.date)}>{ intl::when(figure.as_of, lang) }</time></dd>
                </div>
            </dl>
            if quote && !figure.citations.is_empty() {
                <p class="xhs-visually-hidden">{ QUOTED.get(lang) }</p>
                <ul class="xhs-fcard__quotes">{ for quotes }</ul>
            }
            <p class="xhs-fcard__source">{ source_line(data, figure.citations, lang) }</p>
        </li>
    }
}

/// One group: `group` indexes `Dataset::groups`; `figures` are its visible figures (indices into
/// `Dataset::figures`), in data order.
pub fn figure_group(ctx: &ViewContext, group: VocabIx, figures: &[usize]) -> Html {
    let lang = ctx.lang;
    let data = ctx.data;
    let Some(group) = data.groups.get(group as usize) else {
        return html! {};
    };
    let keyed = keyed(figures);
    let conflict = group.kind == GroupKind::Conflict;
    let heading_id = format!("xhs-fgroup-{}", group.id);
    let dash = punctuation::of(lang).dash;

    let cards = keyed.iter().filter_map(|k| {
        let figure = data.figures.get(k.ix)?;
        Some(figure_card(data, *k, figure, conflict, lang))
    });
    let cards = html! {
        <ul class={classes!("xhs-fcards", conflict.then_some("xhs-fcards--parallel"))}
            aria-label={if conflict { SIDE_BY_SIDE.get(lang) } else { FIGURES.get(lang) }}>
            { for cards }
        </ul>
    };
    let charts = chart_plan(data, &keyed).into_iter().map(|(unit, figures)| {
        let id = format!("xhs-chart-{}-{}", group.id, unit.name());
        let caption = format!(
            "{}{dash}{}",
            group.title.get(lang),
            unit_label(unit).get(lang)
        );
        let (id, caption) = (AttrValue::from(id), AttrValue::from(caption));
        if unit == Unit::Rank {
            rank_chart(
                ctx,
                &RankChartSpec {
                    id,
                    caption,
                    figures,
                },
            )
        } else {
            bar_chart(
                ctx,
                &BarChartSpec {
                    id,
                    caption,
                    unit,
                    figures,
                },
            )
        }
    });
    let charts = html! { <div class="xhs-fgroup__charts">{ for charts }</div> };

    html! {
        <section key={group.id} class={classes!("xhs-fgroup", conflict.then_some("xhs-fgroup--conflict"))}
            data-group={group.id} aria-labelledby={heading_id.clone()}>
            <h4 class="xhs-subtitle xhs-fgroup__title" id={heading_id}>{ group.title.get(lang) }</h4>
            if conflict {
                <p class="xhs-fgroup__badge">
                    <strong class="xhs-badge">{ DISAGREE.get(lang) }</strong>
                    { " " }<span>{ DISAGREE_HOW.get(lang) }</span>
                </p>
            }
            <p class="xhs-fgroup__note">{ group.note.get(lang) }</p>
            if conflict {
                { cards }
                { charts }
            } else {
                { charts }
                { cards }
            }
        </section>
    }
}
