//! Record types of the bundled dataset: `&'static` data that build.rs generates and the crate reads.
//!
//! This file is compiled twice: into the crate (as `model::records`) and into build.rs (through
//! `#[path]`), so the code generator writes exactly the types the runtime reads. It must therefore
//! stay dependency-free: no serde, no yew, no web_sys.

/// Declares a fieldless enum together with the names it has in the data files, exports and
/// attributes, in one table: `ALL` lists `(name, variant)` in order, `name()` gives a variant's
/// name. The one enum↔name mechanism of the crate (build.rs compiles it too).
#[macro_export]
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal, )+
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            pub const ALL: [(&'static str, $name); [$($key),+].len()] = [$(($key, $name::$variant)),+];

            /// The variant's name as written in the data: "day", "more-than", "wire"…
            pub const fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $key, )+
                }
            }
        }
    };
}

/// A string in both reader languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Text {
    pub en: &'static str,
    pub zh: &'static str,
}

/// The two reader languages. `Zh` is Simplified Chinese (BCP 47 `zh-Hans`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The BCP 47 tag, as used in data files, `lang` attributes and `Intl`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The other reader language: the one a translation is in.
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "en" => Some(Lang::En),
            "zh-Hans" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// Bytes `start..end` of `text`, at compile time: the generated dataset cuts its texts out of one
/// string per language this way. A range off a character boundary fails the build.
pub const fn slice(text: &'static str, start: usize, end: usize) -> &'static str {
    let (_, rest) = text.as_bytes().split_at(start);
    let (part, _) = rest.split_at(end - start);
    match core::str::from_utf8(part) {
        Ok(s) => s,
        Err(_) => panic!("slice: not on a character boundary"),
    }
}

impl Text {
    /// A string in both reader languages.
    pub const fn new(en: &'static str, zh: &'static str) -> Text {
        Text { en, zh }
    }

    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

/// A calendar date. `month` and `day` are 0 when the precision does not reach them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), treating a missing month or day as the first.
    /// Used for date ranges and time axes; exact for every valid date.
    pub const fn days_since_epoch(self) -> i32 {
        let m = if self.month == 0 {
            1
        } else {
            self.month as i32
        };
        let day = if self.day == 0 { 1 } else { self.day as i32 };
        // Howard Hinnant's days_from_civil.
        let y = self.year as i32 - if m <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The one reader of ISO 8601 dates in the crate (the build's validator, the URL hash and the
    /// date inputs all use it): `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with exactly 4, 2 and 2 digits,
    /// a year from [`Date::FIRST_YEAR`] to [`Date::LAST_YEAR`], and a month and day that exist.
    pub fn parse_iso(text: &str) -> Result<Date, DateError> {
        let mut fields = text.split('-');
        let year = fields
            .next()
            .and_then(|f| digits(f, 4))
            .ok_or(DateError::Form)?;
        let month = match fields.next() {
            None => 0,
            Some(f) => digits(f, 2).ok_or(DateError::Form)?,
        };
        let day = match fields.next() {
            None => None,
            Some(f) => Some(digits(f, 2).ok_or(DateError::Form)?),
        };
        if fields.next().is_some() {
            return Err(DateError::Form);
        }
        if !(Date::FIRST_YEAR..=Date::LAST_YEAR).contains(&year) {
            return Err(DateError::Year(year));
        }
        let has_month = text.len() > 4;
        if has_month && !(1..=12).contains(&month) {
            return Err(DateError::Month(month as u8));
        }
        if let Some(day) = day {
            if day < 1 || day > Date::days_in_month(year, month as u8) as u16 {
                return Err(DateError::Day(day as u8));
            }
        }
        Ok(Date::new(year, month as u8, day.unwrap_or(0) as u8))
    }

    /// The years a date may have: the story's and its background's, with room on both sides.
    pub const FIRST_YEAR: u16 = 1900;
    pub const LAST_YEAR: u16 = 2100;

    /// Days in `month` (1–12) of `year`, proleptic Gregorian.
    pub const fn days_in_month(year: u16, month: u8) -> u8 {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The inverse of [`Date::days_since_epoch`].
    pub const fn from_days_since_epoch(z: i32) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = if m <= 2 { y + 1 } else { y };
        Date {
            year: y as u16,
            month: m as u8,
            day: day as u8,
        }
    }
}

/// Why a text is not a date, for [`Date::parse_iso`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with that many digits.
    Form,
    /// A year outside [`Date::FIRST_YEAR`]..=[`Date::LAST_YEAR`].
    Year(u16),
    /// A month that does not exist (0 or over 12).
    Month(u8),
    /// A day that does not exist in its month.
    Day(u8),
}

/// `s` as a number if it is exactly `len` ASCII digits.
fn digits(text: &str, len: usize) -> Option<u16> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

named_enum! {
    /// How exactly a date is known.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Precision {
        /// The day is known.
        Day = "day",
        /// Only the month is known ("January 2025").
        Month = "month",
        /// Only the year is known.
        Year = "year",
        /// The day (or, written `YYYY-MM`, the month) is given but the sources disagree or hedge
        /// ("around", "week of", "mid-2024").
        Approximate = "approximate",
        /// Only an upper bound is known: it happened before the date given (day, month or year), and
        /// the sources do not say when.
        Before = "before",
    }
}

/// A date together with how exactly it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct When {
    pub date: Date,
    pub precision: Precision,
}

/// Index into [`Dataset::sources`].
pub type SourceIx = u16;
/// Index into one of the vocabularies (themes, actors, platforms, perspectives, figure groups).
pub type VocabIx = u16;

/// A claim's backing: which source, and a short verbatim excerpt of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub source: SourceIx,
    pub excerpt: &'static str,
}

/// Where a source's text can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locator {
    /// A web page (https or http).
    Url(&'static str),
    /// One of the seed articles, by file name under `shared/seeds/`.
    Seed(&'static str),
}

named_enum! {
    /// What kind of outlet a source is, so the reader can weigh it; shown beside every citation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum SourceKind {
        /// A news agency (AP, Reuters, AFP), or a copy of its story.
        Wire = "wire",
        /// A newspaper, magazine or broadcaster with its own newsroom.
        News = "news",
        /// State media, or a site that relays a state's line.
        StateMedia = "state-media",
        /// A company's, vendor's or firm's own blog.
        CompanyBlog = "company-blog",
        /// A site that rewrites or republishes others' reporting, often for search traffic.
        Aggregator = "aggregator",
        /// An official record: an order, a register, a court docket, or a copy of one.
        GovernmentRecord = "government-record",
        /// A copy of an encyclopedia entry.
        EncyclopediaMirror = "encyclopedia-mirror",
        /// A research paper not (yet) peer-reviewed.
        Preprint = "preprint",
        /// A post on a discussion forum.
        Forum = "forum",
        /// A blog of legal or political commentary, or a law firm's client note.
        Commentary = "commentary",
    }
}

/// What a source is called: the outlet's own headline, verbatim, or our description of it where
/// the headline is not known (never a headline rebuilt from a URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceTitle {
    /// The outlet's headline, in the source's language.
    Headline(&'static str),
    /// Our description, in both languages; shown as ours, not as the outlet's words.
    Description(Text),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub title: SourceTitle,
    /// The outlet; empty where the page names none (the view says "unnamed website").
    pub publisher: &'static str,
    pub kind: SourceKind,
    /// The page is a machine translation (into `lang`) of reporting first published in another
    /// language; quotes taken from it are the machine's rendering, not the speaker's words.
    pub machine_translated: bool,
    /// The original outlet where `publisher` syndicates it (AP, Reuters, AFP…); empty if none.
    pub via: Text,
    pub when: When,
    pub locator: Locator,
    pub lang: Lang,
}

/// An entry of a facet vocabulary (theme, actor, perspective).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub id: &'static str,
    pub label: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub id: &'static str,
    pub when: When,
    /// The last day of a multi-day event.
    pub until: Option<When>,
    pub title: Text,
    pub summary: Text,
    pub themes: &'static [VocabIx],
    pub actors: &'static [VocabIx],
    pub platforms: &'static [VocabIx],
    pub citations: &'static [Citation],
}

named_enum! {
    /// What a figure counts.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Unit {
        Users = "users",
        MonthlyActiveUsers = "monthly-active-users",
        DailyActiveUsers = "daily-active-users",
        NewUsers = "new-users",
        Views = "views",
        Notes = "notes",
        /// A chart position; lower is better.
        Rank = "rank",
        /// A share of a whole (a stake).
        Percent = "percent",
        /// A rise or fall, in percent, against a baseline the figure's measure names.
        PercentChange = "percent-change",
        /// A multiple ("nearly tripled" is 3).
        Factor = "factor",
        Days = "days",
    }
}

named_enum! {
    /// How a source hedges a number.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Qualifier {
        Exact = "exact",
        About = "about",
        Nearly = "nearly",
        MoreThan = "more-than",
        FewerThan = "fewer-than",
    }
}

named_enum! {
    /// How the figures of a group relate.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum GroupKind {
        /// Figures that disagree or are defined differently; shown side by side, none preferred.
        Conflict = "conflict",
        /// Figures of one measure over time (a chart series).
        Series = "series",
        /// Figures of different platforms or measures, compared.
        Comparison = "comparison",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureGroup {
    pub id: &'static str,
    pub kind: GroupKind,
    pub title: Text,
    pub note: Text,
}

named_enum! {
    /// The sections of the explainer, in reading order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
    pub enum Section {
        #[default]
        Overview = "overview",
        Timeline = "timeline",
        Numbers = "numbers",
        Platforms = "platforms",
        Voices = "voices",
        Clock = "clock",
        Sources = "sources",
    }
}

/// One step of the guided tour: a section with filters, and a cited caption in our words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TourStep {
    pub id: &'static str,
    pub section: Section,
    pub themes: &'static [VocabIx],
    pub platforms: &'static [VocabIx],
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub title: Text,
    pub caption: Text,
    pub citations: &'static [Citation],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    pub group: VocabIx,
    pub value: f64,
    pub qualifier: Qualifier,
    pub unit: Unit,
    /// Exactly what is counted, where, and by whom.
    pub measure: Text,
    /// A few words naming the measure (headline numbers only; empty elsewhere).
    pub short: Text,
    pub as_of: When,
    pub platform: VocabIx,
    pub themes: &'static [VocabIx],
    pub citations: &'static [Citation],
    /// Figures (indices) whose date or definition this figure's source disputes.
    pub disputes: &'static [u16],
}

named_enum! {
    /// What a platform's main feed is built on.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum FeedBasis {
        Interests = "interests",
        Follows = "follows",
        /// Not stated in the sources.
        Unknown = "unknown",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Platform {
    pub id: &'static str,
    pub name: Text,
    /// Empty strings where the sources do not say.
    pub owner: Text,
    /// Year of founding; 0 where the sources do not say.
    pub founded: u16,
    pub headquarters: Text,
    pub feed: FeedBasis,
    pub us_availability: Text,
    pub cn_availability: Text,
    pub summary: Text,
    pub citations: &'static [Citation],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice {
    pub id: &'static str,
    pub speaker: Text,
    pub role: Text,
    pub affiliation: Text,
    pub perspective: VocabIx,
    pub when: When,
    /// The language `text` was said or published in.
    pub lang: Lang,
    /// The words in their original language.
    pub text: &'static str,
    /// Our translation into the other language.
    pub translation: &'static str,
    /// `true`: `text` is the source's words; `false`: a paraphrase of what the source reports.
    pub verbatim: bool,
    pub themes: &'static [VocabIx],
    pub citations: &'static [Citation],
}

/// One entry of the corrections log: a substantive change to a published item, dated and
/// explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Correction {
    pub date: Date,
    /// The changed item as `kind/id`, e.g. `events/homework-help` (kinds: events, figures,
    /// voices, sources, platforms, groups, meta).
    pub item: &'static str,
    pub what: Text,
    pub why: Text,
}

/// The whole bundled dataset.
#[derive(Debug, Clone, Copy)]
pub struct Dataset {
    pub as_of: Date,
    pub title: Text,
    pub lede: Text,
    /// The rest of the story, after the headline numbers.
    pub lede_more: Text,
    /// Indices into `figures` of the overview's headline numbers, in order.
    pub headline: &'static [u16],
    /// Indices into `events` of the dates the summary before the widget loads lists, in order.
    pub key_dates: &'static [u16],
    pub sources: &'static [Source],
    pub themes: &'static [Term],
    pub actors: &'static [Term],
    pub perspectives: &'static [Term],
    pub platforms: &'static [Platform],
    pub groups: &'static [FigureGroup],
    pub events: &'static [Event],
    pub figures: &'static [Figure],
    pub voices: &'static [Voice],
    /// Newest first.
    pub corrections: &'static [Correction],
    /// The guided tour's steps, in order.
    pub tour: &'static [TourStep],
}
