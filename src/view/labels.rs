//! The interface's own words in English and Simplified Chinese.
//!
//! Content (titles, summaries, quotes) comes from the dataset; only the interface's chrome lives
//! here. Section components keep strings used by them alone in their own file.

use crate::model::records::{Lang, Qualifier, Text};
use crate::query::facet::Facet;
use crate::query::item::Kind;
use crate::query::plural;
use crate::query::section::Section;
use crate::view::intl;
use crate::view::theme::Theme;

pub const fn t(en: &'static str, zh: &'static str) -> Text {
    Text { en, zh }
}

pub fn section(s: Section) -> Text {
    match s {
        Section::Overview => t("Overview", "概览"),
        Section::Timeline => t("Timeline", "时间线"),
        Section::Numbers => t("Numbers", "数据"),
        Section::Platforms => t("Platforms", "平台"),
        Section::Voices => t("Voices", "各方声音"),
        Section::Clock => t("早C晚A: two time zones", "早C晚A：时差"),
        Section::Sources => t("Sources", "来源"),
    }
}

pub fn theme(th: Theme) -> Text {
    match th {
        Theme::Auto => t("Theme: auto", "外观：跟随系统"),
        Theme::Light => t("Theme: light", "外观：浅色"),
        Theme::Dark => t("Theme: dark", "外观：深色"),
    }
}

/// "about 170 million", "超过70万": the hedge a source put on a number.
pub fn qualifier(q: Qualifier) -> Text {
    match q {
        Qualifier::Exact => t("", ""),
        Qualifier::About => t("about ", "约"),
        Qualifier::Nearly => t("nearly ", "近"),
        Qualifier::MoreThan => t("more than ", "超过"),
        Qualifier::FewerThan => t("fewer than ", "不到"),
    }
}

pub const SECTIONS_NAV: Text = t("Sections", "栏目");
pub const AS_OF: Text = t("Data as of", "数据截至");
pub const THEME: Text = t("Colour theme", "外观");
pub const SWITCH_LANGUAGE: Text = t("Switch language: ", "切换语言：");
pub const SOURCE: Text = t("Source", "来源");
pub const SOURCES: Text = t("Sources", "来源");
/// The January 2025 surge, as a badge and a band label.
pub const SURGE: Text = t("Surge", "涌入高峰");
/// Between the two ends of a span of days.
pub const UNTIL: Text = t(" to ", "至");
pub const CLOSE: Text = t("Close", "关闭");
pub const NOT_STATED: Text = t("Not stated in our sources", "所引来源未提及");

pub fn facet(f: Facet) -> Text {
    match f {
        Facet::Theme => t("Themes", "议题"),
        Facet::Actor => t("People & organisations", "人物与机构"),
        Facet::Platform => t("Platforms", "平台"),
        Facet::Source => t("Sources", "来源"),
        Facet::Perspective => t("Perspectives", "视角"),
    }
}

/// Which kinds of item a facet narrows (a facet never hides items that do not carry it).
pub fn facet_scope(f: Facet) -> Text {
    match f {
        Facet::Theme | Facet::Source => t(
            "Narrows events, figures and quotes.",
            "适用于事件、数据和引语。",
        ),
        Facet::Actor => t("Narrows events.", "适用于事件。"),
        Facet::Platform => t("Narrows events and figures.", "适用于事件和数据。"),
        Facet::Perspective => t("Narrows quotes.", "适用于引语。"),
    }
}

/// "12 of 46 events" / "事件12个（共46个）".
pub fn shown_of_total(shown: usize, total: usize, kind: Kind, lang: Lang) -> String {
    // (English singular, plural; Chinese measure word, noun)
    let (one, many, measure, noun) = match kind {
        Kind::Event => ("event", "events", "个", "事件"),
        Kind::Figure => ("figure", "figures", "项", "数据"),
        Kind::Voice => ("quote", "quotes", "条", "引语"),
    };
    match lang {
        Lang::En => format!("{shown} of {total} {}", plural::en(total, one, many)),
        Lang::Zh => format!("{noun}{shown}{measure}（共{total}{measure}）"),
    }
}

/// A count or note in brackets after a label: " (3)" / "（3）", full-width and unspaced in Chinese.
pub fn in_brackets(text: impl std::fmt::Display, lang: Lang) -> String {
    match lang {
        Lang::En => format!(" ({text})"),
        Lang::Zh => format!("（{text}）"),
    }
}

/// Between the per-kind counts of [`shown_of_total`] in one line: a visual " · " in English, "；"
/// in Chinese, where a live region and a sentence take the full-width semicolon.
pub const COUNT_SEPARATOR: Text = t(" · ", "；");

/// The accessible name of a chip's count badge: "12 items" / "12条内容".
pub fn count_of_items(n: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} {}", plural::en(n as usize, "item", "items")),
        Lang::Zh => format!("{n}条内容"),
    }
}

pub const FILTERS: Text = t("Filters", "筛选");
pub const RESET: Text = t("Reset filters", "重置筛选");
pub const CLEAR: Text = t("Clear", "清除已选");
pub const NO_RESULTS: Text = t(
    "Nothing matches these filters. Try fewer chips, a wider date range, or another word.",
    "没有符合这些筛选条件的内容。可以少选几个标签、放宽日期范围，或换个关键词。",
);

/// The name of the other language, in that language, for the switch button.
pub fn other_language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "简体中文",
        Lang::Zh => "English",
    }
}

/// "3 sources" / "3个来源".
pub fn sources_count(n: usize, l: Lang) -> String {
    let n_text = intl::number(n as f64, l);
    match l {
        Lang::En => format!("{n_text} {}", plural::en(n, "source", "sources")),
        Lang::Zh => format!("{n_text}个来源"),
    }
}
/// "3 events" / "3个事件".
pub fn events_count(n: usize, l: Lang) -> String {
    let n_text = intl::number(n as f64, l);
    match l {
        Lang::En => format!("{n_text} {}", plural::en(n, "event", "events")),
        Lang::Zh => format!("{n_text}个事件"),
    }
}
/// ", on 8 dates" / "，分布在8个日期": follows a count of events.
pub fn dates_count(n: usize, l: Lang) -> String {
    let n_text = intl::number(n as f64, l);
    match l {
        Lang::En => format!(", on {n_text} {}", plural::en(n, "date", "dates")),
        Lang::Zh => format!("，分布在{n_text}个日期"),
    }
}
