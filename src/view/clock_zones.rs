//! The five zones at the chosen hour: local time and day, awake or asleep, UTC offset, and how
//! far each US zone is behind Beijing.

use crate::model::records::{Date, Lang};
use crate::query::clock::{local_time, minutes_behind_beijing, offset_minutes, Zone};
use crate::view::intl;
use crate::view::strings::clock::{ASLEEP, AWAKE};
use crate::view::strings::clock_zones::{behind, NO_DST};
use crate::view::strings::Count;
use yew::prelude::*;

/// One list item per zone for the instant `utc` (hour `h` of `day`).
pub fn zones_at(day: Date, hour: u8, utc: i64, awake_now: &[bool], lang: Lang) -> Html {
    let zones_now = Zone::ALL.iter().enumerate().map(|(zi, &zone)| {
        let awake = awake_now[zi];
        let offset = offset_text(offset_minutes(zone, utc), lang);
        let relation = if zone == Zone::Beijing {
            NO_DST.get(lang).to_string()
        } else {
            behind_text(minutes_behind_beijing(zone, utc), lang)
        };
        html! {
            <li class={classes!("xhs-zone", if awake { "xhs-zone--awake" } else { "xhs-zone--asleep" },
                    if zone == Zone::Beijing { "xhs-zone--c" } else { "xhs-zone--a" })}
                data-zone={zone.iana()}>
                <span class="xhs-zone__name">{ zone.label().get(lang) }</span>
                <time class="xhs-zone__time" datetime={format!("{}T{:02}:00Z", intl::iso(day), hour)}>
                    { intl::clock(utc, zone.iana(), lang) }
                </time>
                <span class="xhs-zone__day">{ intl::short_day(local_time(zone, utc).date, lang) }</span>
                <span class="xhs-zone__state">{ if awake { AWAKE.get(lang) } else { ASLEEP.get(lang) } }</span>
                <span class="xhs-zone__offset">{ offset }{ " · " }
                    <span class="xhs-zone__diff">{ relation }</span>
                </span>
            </li>
        }
    });

    html! { <ul class="xhs-clock__zones">{ for zones_now }</ul> }
}

fn offset_text(minutes: i32, lang: Lang) -> String {
    let sign = if minutes < 0 { "−" } else { "+" };
    format!(
        "UTC{sign}{}",
        intl::number(minutes.unsigned_abs() as f64 / 60.0, lang)
    )
}

fn behind_text(minutes: i32, lang: Lang) -> String {
    let hours = intl::number(minutes as f64 / 60.0, lang);
    // One hour is "1 hour"; any other span, whole or not, takes the plural.
    behind(lang, Count::new(usize::from(minutes == 60), &hours))
}
