//! The interface's own words in English and Simplified Chinese.
//!
//! Content (titles, summaries, quotes) comes from the dataset. The interface's fixed words are in
//! `data/interface.toml` (`[labels]` holds those shared across the view, re-exported here); this
//! file keeps the words tied to an enum, and formats the numbers its templates take.

use crate::model::records::{Lang, Text};
use crate::query::filters::facet::Facet;
use crate::query::filters::item::Kind;
use crate::query::section::Section;
use crate::strings::labels as words;
use crate::strings::Count;
use crate::view::app::theme::Theme;
use crate::view::intl;
pub use crate::view::strings::labels::{
    AS_OF, CLEAR, CLOSE, FILTERS, NOT_STATED, NO_RESULTS, RESET, SECTIONS_NAV, SOURCE, SOURCES,
    SURGE, SWITCH_LANGUAGE, THEME, UNTIL,
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
    let template = match kind {
        Kind::Event => words::events_shown,
        Kind::Figure => words::figures_shown,
        Kind::Voice => words::quotes_shown,
    };
    template(
        lang,
        &shown.to_string(),
        Count::new(total, &total.to_string()),
    )
}

/// A count or note in brackets after a label: " (3)" / "（3）", full-width and unspaced in Chinese.
pub fn in_brackets(text: impl std::fmt::Display, lang: Lang) -> String {
    words::in_brackets(lang, &text.to_string())
}

/// The accessible name of a chip's count badge: "12 items" / "12条内容".
pub fn count_of_items(count: u32, lang: Lang) -> String {
    words::items_count(lang, Count::new(count as usize, &count.to_string()))
}

/// The name of the other language, in that language, for the switch button.
pub fn other_language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "简体中文",
        Lang::Zh => "English",
    }
}

/// A count in the reader's language for a template.
fn counted(count: usize, lang: Lang, template: fn(Lang, Count) -> String) -> String {
    template(lang, Count::new(count, &intl::number(count as f64, lang)))
}

/// "3 sources" / "3个来源".
pub fn sources_count(count: usize, lang: Lang) -> String {
    counted(count, lang, words::sources_count)
}
/// "3 events" / "3个事件".
pub fn events_count(count: usize, lang: Lang) -> String {
    counted(count, lang, words::events_count)
}
/// ", on 8 dates" / "，分布在8个日期": follows a count of events.
pub fn dates_count(count: usize, lang: Lang) -> String {
    counted(count, lang, words::dates_count)
}
