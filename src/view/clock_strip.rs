//! The 早C晚A strip: for each UTC hour of one day, the local hour in each zone, whether it is
//! awake, and whether everyone is; a real table, so it reads row by row and column by column.

use crate::model::records::{Date, Lang};
use crate::query::clock::{local_hour, HourSlot, Zone};
use crate::view::intl;
use crate::view::strings::clock::{ASLEEP, AWAKE};
use crate::view::strings::clock_strip::{caption, EVERYONE, NO, STRIP_REGION, UTC_HOUR, YES};
use yew::prelude::*;

/// The table for `day`, the chosen UTC hour highlighted; choosing an hour's header calls
/// `on_hour` with it.
pub fn hour_strip(
    day: Date,
    slots: &[HourSlot],
    h: u8,
    on_hour: &Callback<u8>,
    lang: Lang,
) -> Html {
    let head_cells = slots.iter().map(|s| {
        let onclick = {
            let hour = s.utc_hour;
            on_hour.reform(move |_: MouseEvent| hour)
        };
        html! {
            <th scope="col" class={classes!("xhs-strip__hour", (s.utc_hour == h).then_some("xhs-strip__col--on"))}
                data-hour={s.utc_hour.to_string()} {onclick}>
                { intl::number(s.utc_hour as f64, lang) }
            </th>
        }
    });
    let zone_rows = Zone::ALL.iter().enumerate().map(|(zi, &zone)| {
        let cells = slots.iter().map(|s| {
            let awake = s.awake.get(zi).copied().unwrap_or(false);
            html! {
                <td class={classes!(
                    "xhs-strip__cell",
                    if awake { zone_class(zone) } else { "xhs-strip__cell--asleep" },
                    (s.utc_hour == h).then_some("xhs-strip__col--on"),
                )}>
                    { intl::number(local_hour(zone, s.start) as f64, lang) }
                    <span class="xhs-visually-hidden">
                        { " " }{ if awake { AWAKE.get(lang) } else { ASLEEP.get(lang) } }
                    </span>
                </td>
            }
        });
        html! {
            <tr data-zone={zone.iana()}>
                <th scope="row" class="xhs-strip__zone">{ zone.label().get(lang) }</th>
                { for cells }
            </tr>
        }
    });
    let shared_cells = slots.iter().map(|s| {
        let all = s.all_awake();
        html! {
            <td class={classes!(
                "xhs-strip__cell",
                if all { "xhs-strip__cell--all" } else { "xhs-strip__cell--none" },
                (s.utc_hour == h).then_some("xhs-strip__col--on"),
            )}>
                if all { <span aria-hidden="true">{ "✓" }</span> }
                <span class="xhs-visually-hidden">{ if all { YES.get(lang) } else { NO.get(lang) } }</span>
            </td>
        }
    });

    let caption = caption(
        lang,
        &intl::date(day, crate::model::records::Precision::Day, lang),
    );

    html! {
        <div class="xhs-strip-wrap" role="region" aria-label={STRIP_REGION.get(lang)} tabindex="0">
                <table class="xhs-strip">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="xhs-strip__corner">{ UTC_HOUR.get(lang) }</th>
                            { for head_cells }
                        </tr>
                    </thead>
                    <tbody>
                        { for zone_rows }
                        <tr class="xhs-strip__shared">
                            <th scope="row" class="xhs-strip__zone">{ EVERYONE.get(lang) }</th>
                            { for shared_cells }
                        </tr>
                    </tbody>
                </table>
            </div>
    }
}

fn zone_class(zone: Zone) -> &'static str {
    if zone == Zone::Beijing {
        "xhs-strip__cell--c"
    } else {
        "xhs-strip__cell--a"
    }
}
