//! The interface's fixed strings in English and Simplified Chinese.
//!
//! Content (titles, summaries, quotes) comes from the dataset; only chrome lives here.

use crate::embed::config::Section;
use crate::model::records::{Lang, Text};

const fn t(en: &'static str, zh: &'static str) -> Text {
    Text { en, zh }
}

pub fn section(s: Section) -> Text {
    match s {
        Section::Overview => t("Overview", "概览"),
        Section::Timeline => t("Timeline", "时间线"),
        Section::Numbers => t("Numbers", "数据"),
        Section::Platforms => t("Platforms", "平台"),
        Section::Voices => t("Voices", "声音"),
        Section::Clock => t("早C晚A", "早C晚A"),
        Section::Sources => t("Sources", "来源"),
    }
}

pub const SECTIONS_NAV: Text = t("Sections", "章节");
pub const AS_OF: Text = t("Data as of", "数据截至");
pub const LANGUAGE: Text = t("Language", "语言");

/// The name of the other language, in that language, for the switch button.
pub fn other_language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "简体中文",
        Lang::Zh => "English",
    }
}
