//! A small, hand-made dataset for the query tests, independent of the real data under `data/`.
//!
//! Included by each `tests/query_*.rs` through `#[path = "common/fixture.rs"] mod fixture;`.
//! The constants name vocabulary indices so that tests read as the story they check.
#![allow(dead_code)]

use xhs_explainer::model::records::*;

// Sources.
pub const S_AP: SourceIx = 0;
pub const S_NYT: SourceIx = 1;
pub const S_XINHUA: SourceIx = 2;
pub const S_WIRED: SourceIx = 3;
pub const S_BBC: SourceIx = 4;

// Themes.
pub const T_LAW: VocabIx = 0;
pub const T_COURTS: VocabIx = 1;
pub const T_MIGRATION: VocabIx = 2;
pub const T_CULTURE: VocabIx = 3;

// Actors.
pub const A_CONGRESS: VocabIx = 0;
pub const A_SUPREME_COURT: VocabIx = 1;
pub const A_USERS: VocabIx = 2;

// Perspectives.
pub const V_US_USER: VocabIx = 0;
pub const V_CN_USER: VocabIx = 1;
pub const V_OFFICIAL: VocabIx = 2;

// Platforms.
pub const P_TIKTOK: VocabIx = 0;
pub const P_XHS: VocabIx = 1;
pub const P_LEMON8: VocabIx = 2;

// Events, figures and voices by index.
pub const E_HOUSE: usize = 0;
pub const E_SIGNED: usize = 1;
pub const E_COURT: usize = 2;
pub const E_REFUGEES: usize = 3;
pub const E_LEMON8_MONTH: usize = 4;
pub const E_DARK: usize = 5;
pub const E_XHS_TOP: usize = 6;
pub const F_XHS_NEW: usize = 0;
pub const F_TIKTOK_MAU: usize = 1;
pub const F_LEMON8_RANK: usize = 2;
pub const W_CAT_TAX: usize = 0;
pub const W_WELCOME: usize = 1;
pub const W_OFFICIAL: usize = 2;

/// An excerpt holding every character CSV and JSON must escape.
pub const NASTY_EXCERPT: &str = "He said, \"ban it\"\nthen left\\ \u{1}\ttab\r";

const fn day(year: u16, month: u8, day_of_month: u8) -> When {
    When {
        date: Date::new(year, month, day_of_month),
        precision: Precision::Day,
    }
}

const fn month(year: u16, month: u8) -> When {
    When {
        date: Date::new(year, month, 0),
        precision: Precision::Month,
    }
}

const fn text(en: &'static str, zh: &'static str) -> Text {
    Text { en, zh }
}

const fn source(id: &'static str, publisher: &'static str, when: When) -> Source {
    Source {
        id,
        title: SourceTitle::Headline(id),
        publisher,
        kind: SourceKind::News,
        machine_translated: false,
        via: Text { en: "", zh: "" },
        when,
        locator: Locator::Url("https://example.org/"),
        lang: Lang::En,
    }
}

const fn term(id: &'static str, en: &'static str, zh: &'static str) -> Term {
    Term {
        id,
        label: text(en, zh),
    }
}

const fn platform(id: &'static str, name: Text, summary: Text) -> Platform {
    Platform {
        id,
        name,
        owner: text("", ""),
        founded: 0,
        headquarters: text("", ""),
        feed: FeedBasis::Unknown,
        us_availability: text("", ""),
        cn_availability: text("", ""),
        summary,
        citations: &[],
    }
}

pub static SOURCES: [Source; 5] = [
    source("ap-law", "AP", day(2024, 4, 24)),
    source("nyt-surge", "The New York Times", day(2025, 1, 14)),
    source("xinhua", "新华社", day(2025, 1, 15)),
    source("wired-rednote", "Wired", day(2025, 1, 16)),
    source("bbc-cafe", "BBC", day(2025, 1, 16)),
];

pub static THEMES: [Term; 4] = [
    term("law", "Law", "法律"),
    term("courts", "Courts", "法院"),
    term("migration", "Migration", "迁移"),
    term("culture", "Culture", "文化"),
];

pub static ACTORS: [Term; 3] = [
    term("congress", "Congress", "国会"),
    term("supreme-court", "Supreme Court", "最高法院"),
    term("users", "Users", "用户"),
];

pub static PERSPECTIVES: [Term; 3] = [
    term("us-user", "US users", "美国用户"),
    term("cn-user", "Chinese users", "中国用户"),
    term("official", "Officials", "官方"),
];

pub static PLATFORMS: [Platform; 3] = [
    platform(
        "tiktok",
        text("TikTok", "TikTok"),
        text(
            "Short-video app owned by ByteDance.",
            "字节跳动旗下的短视频应用。",
        ),
    ),
    platform(
        "xiaohongshu",
        text("Xiaohongshu (RedNote)", "小红书"),
        text(
            "Xiǎohóngshū, literally “little red book”, a lifestyle app.",
            "生活方式平台。",
        ),
    ),
    platform(
        "lemon8",
        text("Lemon8", "Lemon8"),
        text("ByteDance's lifestyle app.", "字节跳动的生活方式应用。"),
    ),
];

pub static GROUPS: [FigureGroup; 1] = [FigureGroup {
    id: "surge",
    kind: GroupKind::Series,
    title: text("The surge", "涌入"),
    note: text("", ""),
}];

pub static EVENTS: [Event; 7] = [
    Event {
        id: "house-passes",
        when: day(2024, 3, 13),
        until: None,
        title: text(
            "House passes divest-or-ban bill",
            "众议院通过“不卖就禁”法案",
        ),
        summary: text("The vote was 352 to 65.", "投票结果为352比65。"),
        themes: &[T_LAW],
        actors: &[A_CONGRESS],
        platforms: &[P_TIKTOK],
        citations: &[Citation {
            source: S_AP,
            excerpt: "passed 352-65",
        }],
    },
    Event {
        id: "law-signed",
        when: day(2024, 4, 24),
        until: None,
        title: text("Biden signs the law", "拜登签署法案"),
        summary: text(
            "ByteDance gets nine months to sell.",
            "字节跳动有九个月出售。",
        ),
        themes: &[T_LAW],
        actors: &[A_CONGRESS],
        platforms: &[P_TIKTOK],
        // Two citations of one source: the item must count once for it.
        citations: &[
            Citation {
                source: S_AP,
                excerpt: "signed into law",
            },
            Citation {
                source: S_AP,
                excerpt: "nine months",
            },
        ],
    },
    Event {
        id: "court-upholds",
        when: day(2025, 1, 17),
        until: None,
        title: text("Supreme Court upholds the ban", "最高法院维持禁令"),
        summary: text("A unanimous ruling.", "一致裁决。"),
        themes: &[T_LAW, T_COURTS],
        actors: &[A_SUPREME_COURT],
        platforms: &[P_TIKTOK],
        citations: &[
            Citation {
                source: S_AP,
                excerpt: "unanimous",
            },
            Citation {
                source: S_NYT,
                excerpt: "upheld",
            },
        ],
    },
    Event {
        id: "refugees-arrive",
        when: day(2025, 1, 13),
        until: Some(day(2025, 1, 15)),
        title: text(
            "“TikTok refugees” flock to RedNote",
            "“TikTok难民”涌入小红书",
        ),
        summary: text(
            "Americans post café selfies and cat photos.",
            "美国用户发布咖啡馆自拍和猫咪照片。",
        ),
        themes: &[T_MIGRATION, T_CULTURE],
        actors: &[A_USERS],
        platforms: &[P_XHS, P_TIKTOK],
        citations: &[
            Citation {
                source: S_NYT,
                excerpt: "flocked",
            },
            Citation {
                source: S_WIRED,
                excerpt: "RedNote",
            },
        ],
    },
    Event {
        id: "lemon8-climbs",
        when: month(2025, 1),
        until: None,
        title: text("Lemon8 climbs the charts", "Lemon8排名上升"),
        summary: text("Sometime in January.", "一月某时。"),
        themes: &[T_CULTURE],
        actors: &[],
        platforms: &[P_LEMON8],
        citations: &[Citation {
            source: S_WIRED,
            excerpt: "Lemon8",
        }],
    },
    Event {
        id: "tiktok-dark",
        when: day(2025, 1, 18),
        until: Some(day(2025, 1, 19)),
        title: text("TikTok goes dark, then returns", "TikTok停服后恢复"),
        summary: text("About 14 hours offline.", "停服约14小时。"),
        themes: &[T_LAW],
        actors: &[],
        platforms: &[P_TIKTOK],
        citations: &[Citation {
            source: S_XINHUA,
            excerpt: "恢复服务",
        }],
    },
    // Same day as refugees-arrive begins: the timeline groups them.
    Event {
        id: "xhs-tops-app-store",
        when: day(2025, 1, 13),
        until: None,
        title: text("Xiaohongshu tops the App Store", "小红书登顶应用商店"),
        summary: text("No. 1 free app in the US.", "美国免费应用榜第一。"),
        themes: &[T_CULTURE],
        actors: &[],
        platforms: &[P_XHS],
        citations: &[Citation {
            source: S_WIRED,
            excerpt: "top free app",
        }],
    },
];

pub static FIGURES: [Figure; 3] = [
    Figure {
        id: "xhs-new-users",
        group: 0,
        value: 700_000.0,
        qualifier: Qualifier::MoreThan,
        unit: Unit::NewUsers,
        measure: text("New Xiaohongshu users in two days", "小红书两天内新增用户"),
        short: text("", ""),
        as_of: day(2025, 1, 14),
        platform: P_XHS,
        themes: &[T_MIGRATION],
        citations: &[Citation {
            source: S_NYT,
            excerpt: "700,000 new users",
        }],
        disputes: &[],
    },
    Figure {
        id: "tiktok-us-mau",
        group: 0,
        value: 170_000_000.0,
        qualifier: Qualifier::About,
        unit: Unit::MonthlyActiveUsers,
        measure: text("TikTok monthly users in the US", "TikTok美国月活跃用户"),
        short: text("", ""),
        as_of: month(2024, 3),
        platform: P_TIKTOK,
        themes: &[T_LAW],
        citations: &[Citation {
            source: S_AP,
            excerpt: "170 million",
        }],
        disputes: &[],
    },
    Figure {
        id: "lemon8-rank",
        group: 0,
        value: 2.0,
        qualifier: Qualifier::Exact,
        unit: Unit::Rank,
        measure: text("Lemon8's App Store rank", "Lemon8应用商店排名"),
        short: text("", ""),
        as_of: day(2025, 1, 15),
        platform: P_LEMON8,
        themes: &[T_CULTURE],
        citations: &[Citation {
            source: S_WIRED,
            excerpt: "No. 2",
        }],
        disputes: &[],
    },
];

pub static VOICES: [Voice; 3] = [
    Voice {
        id: "cat-tax",
        speaker: text("Sarah, a nurse", "护士萨拉"),
        role: text("TikTok creator", "TikTok创作者"),
        affiliation: text("", ""),
        perspective: V_US_USER,
        when: day(2025, 1, 14),
        lang: Lang::En,
        text: "Paying my cat tax to my new Chinese friends",
        translation: "向我的新中国朋友缴纳猫税",
        verbatim: true,
        themes: &[T_CULTURE, T_MIGRATION],
        citations: &[Citation {
            source: S_NYT,
            excerpt: "cat tax",
        }],
    },
    Voice {
        id: "welcome",
        speaker: text("A Shanghai student", "一位上海学生"),
        role: text("Xiaohongshu user", "小红书用户"),
        affiliation: text("", ""),
        perspective: V_CN_USER,
        when: day(2025, 1, 15),
        lang: Lang::Zh,
        text: "欢迎TikTok难民！",
        translation: "Welcome, TikTok refugees!",
        verbatim: true,
        themes: &[T_MIGRATION],
        citations: &[Citation {
            source: S_XINHUA,
            excerpt: "欢迎",
        }],
    },
    Voice {
        id: "official",
        speaker: text("Foreign ministry spokesperson", "外交部发言人"),
        role: text("Spokesperson", "发言人"),
        affiliation: text("Ministry of Foreign Affairs", "外交部"),
        perspective: V_OFFICIAL,
        when: day(2025, 1, 16),
        lang: Lang::Zh,
        text: "我们乐见中美民众交流。",
        translation: "We are glad to see Chinese and American people talk.",
        verbatim: false,
        themes: &[T_LAW],
        citations: &[
            Citation {
                source: S_XINHUA,
                excerpt: "乐见",
            },
            Citation {
                source: S_BBC,
                excerpt: NASTY_EXCERPT,
            },
        ],
    },
];

pub static DATA: Dataset = Dataset {
    as_of: Date::new(2025, 2, 1),
    title: text("TikTok refugees", "TikTok难民"),
    lede: text("", ""),
    lede_more: text("", ""),
    headline: &[],
    key_dates: &[],
    corrections: &[],
    tour: &[],
    sources: &SOURCES,
    themes: &THEMES,
    actors: &ACTORS,
    perspectives: &PERSPECTIVES,
    platforms: &PLATFORMS,
    groups: &GROUPS,
    events: &EVENTS,
    figures: &FIGURES,
    voices: &VOICES,
};
