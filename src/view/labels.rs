//! The interface's own words in English and Simplified Chinese.
//!
//! Content (titles, summaries, quotes) comes from the dataset. The interface's fixed words are in
//! `data/interface.toml` (`[labels]` holds those shared across the view, re-exported here); this
//! file keeps the words tied to an enum and the ones built around a number.

use crate::model::records::{Lang, Text};
use crate::query::filters::facet::Facet;
use crate::query::filters::item::Kind;
use crate::query::plural;
use crate::query::section::Section;
use crate::view::app::theme::Theme;
use crate::view::intl;
pub use crate::view::strings::labels::{
    AS_OF, CLEAR, CLOSE, COUNT_SEPARATOR, FILTERS, NOT_STATED, NO_RESULTS, RESET, SECTIONS_NAV,
    SOURCE, SOURCES, SURGE, SWITCH_LANGUAGE, THEME, UNTIL,
};

pub fn section(section: Section) -> Text {
    match section {
        Section::Overview => Text::new("Overview", "概览"),
        Section::Timeline => Text::new("Timeline", "时间线"),
        Section::Numbers => Text::new("Numbers", "数据"),
        Section::Platforms => Text::new("Platforms", "平台"),
        Section::Voices => Text::new("Voices", "各方声音"),
        Section::Clock => Text::new("早C晚A: two time zones", "早C晚A：时差"),
        Section::Sources => Text::new("Sources", "来源"),
    }
}

pub fn theme(th: Theme) -> Text {
    match th {
        Theme::Auto => Text::new("Theme: auto", "外观：跟随系统"),
        Theme::Light => Text::new("Theme: light", "外观：浅色"),
        Theme::Dark => Text::new("Theme: dark", "外观：深色"),
    }
}

pub fn facet(facet: Facet) -> Text {
    match facet {
        Facet::Theme => Text::new("Themes", "议题"),
        Facet::Actor => Text::new("People & organisations", "人物与机构"),
        Facet::Platform => Text::new("Platforms", "平台"),
        Facet::Source => Text::new("Sources", "来源"),
        Facet::Perspective => Text::new("Perspectives", "视角"),
    }
}

/// Which kinds of item a facet narrows (a facet never hides items that do not carry it).
pub fn facet_scope(facet: Facet) -> Text {
    match facet {
        Facet::Theme | Facet::Source => Text::new(
            "Narrows events, figures and quotes.",
            "适用于事件、数据和引语。",
        ),
        Facet::Actor => Text::new("Narrows events.", "适用于事件。"),
        Facet::Platform => Text::new("Narrows events and figures.", "适用于事件和数据。"),
        Facet::Perspective => Text::new("Narrows quotes.", "适用于引语。"),
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

/// The accessible name of a chip's count badge: "12 items" / "12条内容".
pub fn count_of_items(count: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{count} {}", plural::en(count as usize, "item", "items")),
        Lang::Zh => format!("{count}条内容"),
    }
}

/// The name of the other language, in that language, for the switch button.
pub fn other_language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "简体中文",
        Lang::Zh => "English",
    }
}

/// "3 sources" / "3个来源".
pub fn sources_count(count: usize, lang: Lang) -> String {
    let n_text = intl::number(count as f64, lang);
    match lang {
        Lang::En => format!("{n_text} {}", plural::en(count, "source", "sources")),
        Lang::Zh => format!("{n_text}个来源"),
    }
}
/// "3 events" / "3个事件".
pub fn events_count(count: usize, lang: Lang) -> String {
    let n_text = intl::number(count as f64, lang);
    match lang {
        Lang::En => format!("{n_text} {}", plural::en(count, "event", "events")),
        Lang::Zh => format!("{n_text}个事件"),
    }
}
/// ", on 8 dates" / "，分布在8个日期": follows a count of events.
pub fn dates_count(count: usize, lang: Lang) -> String {
    let n_text = intl::number(count as f64, lang);
    match lang {
        Lang::En => format!(", on {n_text} {}", plural::en(count, "date", "dates")),
        Lang::Zh => format!("，分布在{n_text}个日期"),
    }
}
