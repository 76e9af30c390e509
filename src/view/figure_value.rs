//! A figure's value as a reader should see it, hedge included: "more than 700,000",
//! "约1.7亿", "54%", "×3", "75 days", "No. 1". Numbers go through `Intl`.

use crate::model::records::{Figure, Lang, Unit};
use crate::view::intl;
use crate::view::labels;

/// The value with its qualifier, in `lang`.
pub fn figure_value(f: &Figure, lang: Lang) -> String {
    let hedge = labels::qualifier(f.qualifier).get(lang);
    let v = f.value;
    let body = match f.unit {
        Unit::Percent => intl::percent(v, lang),
        Unit::Factor => match lang {
            Lang::En => format!("×{}", intl::number(v, lang)),
            Lang::Zh => format!("{}倍", intl::number(v, lang)),
        },
        Unit::Days => match lang {
            Lang::En => format!("{} days", intl::number(v, lang)),
            Lang::Zh => format!("{}天", intl::number(v, lang)),
        },
        Unit::Rank => match lang {
            Lang::En => format!("No. {}", intl::number(v, lang)),
            Lang::Zh => format!("第{}名", intl::number(v, lang)),
        },
        // Counts of people, views and notes: words for big numbers ("170 million", "1.7亿").
        _ if v >= 1_000_000.0 => intl::compact(v, lang),
        _ => intl::number(v, lang),
    };
    format!("{hedge}{body}")
}

/// What the unit counts, for table headers and axis titles.
pub fn unit_label(unit: Unit, lang: Lang) -> &'static str {
    let (en, zh) = match unit {
        Unit::Users => ("users", "用户"),
        Unit::MonthlyActiveUsers => ("monthly active users", "月活跃用户"),
        Unit::DailyActiveUsers => ("daily active users", "日活跃用户"),
        Unit::NewUsers => ("new users", "新用户"),
        Unit::Views => ("views", "浏览量"),
        Unit::Notes => ("notes (posts)", "笔记"),
        Unit::Rank => ("chart rank", "排名"),
        Unit::Percent => ("percent", "百分比"),
        Unit::Factor => ("times", "倍数"),
        Unit::Days => ("days", "天数"),
    };
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}
