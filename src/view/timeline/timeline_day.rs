//! One day of the timeline list: its date heading (hedged where the date is not known to the
//! day) and its events as buttons that open the event dialog.

use crate::model::records::{Dataset, Lang, Precision, When};
use crate::query::timeline::{precision_of, DayGroup};
use crate::view::intl;
use crate::view::labels;
use crate::view::strings::timeline_day::{MONTH_ONLY, UNDATED, YEAR_ONLY};
use yew::prelude::*;

/// One day: its date heading and its events as buttons that open the event dialog.
pub fn day(
    data: &'static Dataset,
    g: &DayGroup,
    in_surge: bool,
    on_open_event: &Callback<usize>,
    lang: Lang,
) -> Html {
    let precision = if g.before {
        Precision::Before
    } else {
        precision_of(g.date)
    };
    let iso = intl::iso(g.date);
    let note = match precision {
        Precision::Month => Some(MONTH_ONLY),
        Precision::Year => Some(YEAR_ONLY),
        Precision::Before => Some(UNDATED),
        _ => None,
    };
    // Each event button is described by its day's heading, so the date is heard with it when the
    // arrow keys move through the list.
    // ("Before" groups share their date with a dated group; the id tells them apart.)
    let day_id = format!("xhs-day-{iso}{}", if g.before { "-before" } else { "" });
    let events: Vec<Html> = g
        .events
        .iter()
        .map(|&ix| {
            let event = &data.events[ix];
            let onclick = { on_open_event.reform(move |_| ix) };
            // The heading gives the date; an event says more only where its date is hedged or spans
            // several days, so precision is never overstated.
            let hedge = (event.when.precision == Precision::Approximate || event.until.is_some())
                .then(|| intl::span(event.when, event.until, lang));
            let cites = labels::sources_count(event.citations.len(), lang);
            html! {
                <li class="xhs-timeline__event">
                    <button type="button" class="xhs-timeline__open" aria-haspopup="dialog"
                        data-event={event.id} aria-describedby={day_id.clone()} {onclick}>
                        <span class="xhs-timeline__title">{ event.title.get(lang) }</span>
                        <span class="xhs-timeline__meta">
                            if let Some(h) = hedge {
                                <span class="xhs-timeline__hedge">{ h }</span>
                                <span aria-hidden="true">{ " · " }</span>
                            }
                            <span>{ cites }</span>
                        </span>
                    </button>
                </li>
            }
        })
        .collect();
    html! {
        <li class={classes!("xhs-timeline__day", in_surge.then_some("xhs-timeline__day--surge"))}
            data-day={iso.clone()}>
            <h4 class="xhs-timeline__date" id={day_id}>
                <time datetime={iso}>{ intl::when(When { date: g.date, precision }, lang) }</time>
                if let Some(note) = note {
                    <span class="xhs-timeline__note">{ labels::in_brackets(note.get(lang), lang) }</span>
                }
                if in_surge {
                    <span class="xhs-badge xhs-timeline__surge">{ labels::SURGE.get(lang) }</span>
                }
            </h4>
            <ul class="xhs-timeline__events">{ for events }</ul>
        </li>
    }
}
