//! Build-time validation of `data/*.toml`: every problem at once, each naming file, item and field.
//!
//! build.rs runs this before generating code, so malformed data fails the build; the crate
//! compiles it natively too, so tests can feed it broken fixtures and assert the exact messages.

use super::figure_number;
use super::input::*;
use super::records::{
    Date, DateError, FeedBasis, GroupKind, Lang, Precision, Qualifier, Section, SourceKind, Unit,
};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// The data files, by the name they are reported under, in the order the build reads them.
pub const FILES: [&str; 11] = [
    "meta.toml",
    "sources.toml",
    "themes.toml",
    "actors.toml",
    "perspectives.toml",
    "platforms.toml",
    "events.toml",
    "figures.toml",
    "voices.toml",
    "corrections.toml",
    "tour.toml",
];

/// The longest excerpt a citation may quote. A CJK character counts as half a word.
pub const MAX_EXCERPT_WORDS: usize = 30;

/// One thing wrong with the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File name under `data/`, e.g. `events.toml`.
    pub file: String,
    /// `kind "id"`, or `kind #N` (1-based) where the id itself is missing; `-` for the whole file.
    pub item: String,
    /// Dotted field path, e.g. `title.zh-Hans` or `citations[2].excerpt`; `-` for the whole item.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            out,
            "data/{}: {}: field `{}`: {}",
            self.file, self.item, self.field, self.message
        )
    }
}

/// Parsed data that passed every check; what the code generator reads.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub meta: MetaFile,
    pub sources: Vec<SourceIn>,
    pub themes: Vec<TermIn>,
    pub actors: Vec<TermIn>,
    pub perspectives: Vec<TermIn>,
    pub platforms: Vec<PlatformIn>,
    pub groups: Vec<GroupIn>,
    pub events: Vec<EventIn>,
    pub figures: Vec<FigureIn>,
    pub voices: Vec<VoiceIn>,
    pub corrections: Vec<CorrectionIn>,
    pub tour: Vec<StepIn>,
}

/// Parses and checks the data files, given as `(file name, text)`; a missing name is a problem.
pub fn validate(files: &[(&str, &str)]) -> Result<Checked, Vec<Problem>> {
    let mut validator = Validator::default();
    let text = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
    let mut out = Checked::default();

    macro_rules! parse {
        ($name:literal, $ty:ty) => {
            match text($name) {
                None => {
                    validator.file_problem($name, "file is missing");
                    <$ty>::default()
                }
                Some(t) => match toml::from_str::<$ty>(t) {
                    Ok(parsed) => parsed,
                    Err(e) => {
                        validator.file_problem($name, &format!("not valid: {}", toml_message(&e)));
                        validator.unparsed.insert($name);
                        <$ty>::default()
                    }
                },
            }
        };
    }

    out.meta = parse!("meta.toml", MetaFile);
    out.sources = parse!("sources.toml", SourcesFile).source;
    out.themes = parse!("themes.toml", TermsFile).term;
    out.actors = parse!("actors.toml", TermsFile).term;
    out.perspectives = parse!("perspectives.toml", TermsFile).term;
    out.platforms = parse!("platforms.toml", PlatformsFile).platform;
    let figures = parse!("figures.toml", FiguresFile);
    out.groups = figures.group;
    out.figures = figures.figure;
    out.events = parse!("events.toml", EventsFile).event;
    out.voices = parse!("voices.toml", VoicesFile).voice;
    out.corrections = parse!("corrections.toml", CorrectionsFile).correction;
    out.tour = parse!("tour.toml", TourFile).step;

    validator.check(&out);
    if validator.problems.is_empty() {
        Ok(out)
    } else {
        Err(validator.problems)
    }
}

/// Reads `dir/<name>` for every name in [`FILES`]; unreadable files are left out (and reported by
/// [`validate`] as missing).
pub fn read_dir(dir: &std::path::Path) -> Vec<(&'static str, String)> {
    FILES
        .iter()
        .filter_map(|name| {
            std::fs::read_to_string(dir.join(name))
                .ok()
                .map(|t| (*name, t))
        })
        .collect()
}

/// toml's multi-line error as one line: "TOML parse error at line L, column C: what".
pub fn toml_message(error: &toml::de::Error) -> String {
    let text = error.to_string();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines
        .next()
        .unwrap_or("unknown error")
        .trim_end_matches(':');
    match lines.next_back() {
        Some(last) => format!("{first}: {}", last.trim_start_matches(['|', '^', ' '])),
        None => first.to_string(),
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
    /// Files that did not parse: references into them are not checked (that would only repeat
    /// the parse error as many times as there are references).
    unparsed: HashSet<&'static str>,
}

/// The ids of each kind, to resolve references; `None` where the file did not parse.
#[derive(Default)]
struct Ids {
    sources: Option<HashSet<String>>,
    themes: Option<HashSet<String>>,
    actors: Option<HashSet<String>>,
    perspectives: Option<HashSet<String>>,
    platforms: Option<HashSet<String>>,
    groups: Option<HashSet<String>>,
}

/// Where a problem is: file and item, so field checks only add the field.
#[derive(Clone)]
struct At<'a> {
    file: &'a str,
    item: String,
}

impl Validator {
    fn file_problem(&mut self, file: &str, message: &str) {
        self.problems.push(Problem {
            file: file.into(),
            item: "-".into(),
            field: "-".into(),
            message: message.into(),
        });
    }

    fn push(&mut self, at: &At, field: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: at.file.into(),
            item: at.item.clone(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn check(&mut self, checked: &Checked) {
        let ids = Ids {
            sources: self.known(
                "sources.toml",
                "source",
                checked.sources.iter().map(|s| &s.id),
            ),
            themes: self.known("themes.toml", "term", checked.themes.iter().map(|t| &t.id)),
            actors: self.known("actors.toml", "term", checked.actors.iter().map(|t| &t.id)),
            perspectives: self.known(
                "perspectives.toml",
                "term",
                checked.perspectives.iter().map(|t| &t.id),
            ),
            platforms: self.known(
                "platforms.toml",
                "platform",
                checked.platforms.iter().map(|p| &p.id),
            ),
            groups: self.known(
                "figures.toml",
                "group",
                checked.groups.iter().map(|g| &g.id),
            ),
        };
        let events = self.known("events.toml", "event", checked.events.iter().map(|e| &e.id));
        let figures = self.known(
            "figures.toml",
            "figure",
            checked.figures.iter().map(|f| &f.id),
        );
        self.ids("voices.toml", "voice", checked.voices.iter().map(|v| &v.id));
        self.ids("tour.toml", "step", checked.tour.iter().map(|s| &s.id));
        for (i, step) in checked.tour.iter().enumerate() {
            self.step(&at("tour.toml", "step", &step.id, i), step, &ids);
        }

        self.meta(&checked.meta);
        let at_meta = At {
            file: "meta.toml",
            item: "dataset".into(),
        };
        self.refs(
            &at_meta,
            "headline",
            &checked.meta.headline,
            &figures,
            "figures.toml",
        );
        // A headline number is shown with a short label; the full measure is in Numbers.
        for (i, f) in checked.figures.iter().enumerate() {
            let headlined =
                f.id.as_ref()
                    .is_some_and(|id| checked.meta.headline.contains(id));
            if headlined || f.short.is_some() {
                let at = at("figures.toml", "figure", &f.id, i);
                if headlined && f.short.is_none() {
                    self.push(
                        &at,
                        "short",
                        "is missing (a headline number needs a short label, en and zh-Hans)",
                    );
                } else {
                    self.text(&at, "short", &f.short);
                }
            }
        }
        self.refs(
            &at_meta,
            "key_dates",
            &checked.meta.key_dates,
            &events,
            "events.toml",
        );
        for (i, s) in checked.sources.iter().enumerate() {
            self.source(&at("sources.toml", "source", &s.id, i), s);
        }
        for (file, terms) in [
            ("themes.toml", &checked.themes),
            ("actors.toml", &checked.actors),
            ("perspectives.toml", &checked.perspectives),
        ] {
            for (i, t) in terms.iter().enumerate() {
                self.text(&at(file, "term", &t.id, i), "label", &t.label);
            }
        }
        for (i, p) in checked.platforms.iter().enumerate() {
            self.platform(&at("platforms.toml", "platform", &p.id, i), p, &ids);
        }
        for (i, g) in checked.groups.iter().enumerate() {
            let at = at("figures.toml", "group", &g.id, i);
            self.choice(&at, "kind", &g.kind, &GroupKind::ALL);
            self.text(&at, "title", &g.title);
            self.text(&at, "note", &g.note);
        }
        for (i, e) in checked.events.iter().enumerate() {
            self.event(&at("events.toml", "event", &e.id, i), e, &ids);
        }
        for (i, f) in checked.figures.iter().enumerate() {
            let at = at("figures.toml", "figure", &f.id, i);
            self.figure(&at, f, &ids);
            self.refs(&at, "disputes", &f.disputes, &figures, "figures.toml");
            if f.id.as_ref().is_some_and(|id| f.disputes.contains(id)) {
                self.push(&at, "disputes", "names the figure itself");
            }
        }
        for (i, voice) in checked.voices.iter().enumerate() {
            self.voice(&at("voices.toml", "voice", &voice.id, i), voice, &ids);
        }
        self.as_of_after_sources(checked);
        let items: [(&str, &str, HashSet<&String>); 7] = [
            ("events", "events.toml", checked.events.iter().flatten_ids()),
            (
                "figures",
                "figures.toml",
                checked.figures.iter().flatten_ids(),
            ),
            ("voices", "voices.toml", checked.voices.iter().flatten_ids()),
            (
                "sources",
                "sources.toml",
                checked.sources.iter().flatten_ids(),
            ),
            (
                "platforms",
                "platforms.toml",
                checked.platforms.iter().flatten_ids(),
            ),
            (
                "groups",
                "figures.toml",
                checked.groups.iter().flatten_ids(),
            ),
            ("meta", "meta.toml", HashSet::new()),
        ];
        for (i, c) in checked.corrections.iter().enumerate() {
            let at = At {
                file: "corrections.toml",
                item: format!("correction #{}", i + 1),
            };
            self.correction(&at, c, &items);
        }
    }

    /// The dataset's as-of date may not be earlier than the latest day any source may date from.
    fn as_of_after_sources(&mut self, checked: &Checked) {
        let Some(Ok(as_of)) = checked.meta.as_of.as_deref().map(parse_any_date) else {
            return;
        };
        for s in &checked.sources {
            let Some(Ok(date)) = s.date.as_deref().map(parse_any_date) else {
                continue;
            };
            if last_day_of(date) > as_of {
                let at = At {
                    file: "meta.toml",
                    item: "dataset".into(),
                };
                let id = s.id.as_deref().unwrap_or("?");
                let shown = s.date.as_deref().unwrap_or_default();
                self.push(
                    &at,
                    "as_of",
                    format!("is earlier than source {id:?} ({shown}); the as-of date must not precede any source used"),
                );
            }
        }
    }

    fn correction(
        &mut self,
        at: &At,
        correction: &CorrectionIn,
        items: &[(&str, &str, HashSet<&String>)],
    ) {
        match &correction.date {
            None => self.push(at, "date", "is missing"),
            Some(d) => {
                if let Err(e) = parse_date(d, Precision::Day) {
                    self.push(at, "date", e);
                }
            }
        }
        match correction.item.as_deref() {
            None => self.push(
                at,
                "item",
                "is missing (kind/id, e.g. events/homework-help)",
            ),
            Some(item) => {
                let kinds: Vec<&str> = items.iter().map(|(k, _, _)| *k).collect();
                match item.split_once('/') {
                    Some(("meta", "dataset")) => {}
                    Some((kind, id)) => match items.iter().find(|(k, _, _)| *k == kind) {
                        // A file that did not parse has no ids to check against.
                        Some((_, file, _)) if self.unparsed.contains(file) => {}
                        Some((_, file, ids)) if !ids.iter().any(|i| i.as_str() == id) => self.push(
                            at,
                            "item",
                            format!("{item:?}: {id:?} is not an id in {file}"),
                        ),
                        Some(_) => {}
                        None => self.push(
                            at,
                            "item",
                            format!("{item:?}: {kind:?} is not one of {}", kinds.join(", ")),
                        ),
                    },
                    None => self.push(
                        at,
                        "item",
                        format!("{item:?} is not kind/id (e.g. events/homework-help)"),
                    ),
                }
            }
        }
        self.text(at, "what", &correction.what);
        self.text(at, "why", &correction.why);
    }

    /// [`Self::ids`], or `None` if the file did not parse.
    fn known<'a>(
        &mut self,
        file: &'static str,
        kind: &str,
        ids: impl Iterator<Item = &'a Option<String>>,
    ) -> Option<HashSet<String>> {
        let set = self.ids(file, kind, ids);
        (!self.unparsed.contains(file)).then_some(set)
    }

    /// Checks presence, form and uniqueness of one kind's ids; returns the set for references.
    fn ids<'a>(
        &mut self,
        file: &str,
        kind: &str,
        ids: impl Iterator<Item = &'a Option<String>>,
    ) -> HashSet<String> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let at = at(file, kind, id, i);
            match id {
                None => self.push(&at, "id", "is missing"),
                Some(id) if !is_kebab(id) => {
                    self.push(&at, "id", "must be lowercase kebab-case ([a-z0-9-]+)")
                }
                Some(id) => {
                    if !seen.insert(id.clone()) {
                        self.push(&at, "id", format!("duplicates an earlier {kind} id"));
                    }
                }
            }
        }
        seen
    }

    fn meta(&mut self, meta: &MetaFile) {
        let at = At {
            file: "meta.toml",
            item: "dataset".into(),
        };
        match &meta.as_of {
            None => self.push(&at, "as_of", "is missing"),
            Some(d) => {
                if let Err(e) = parse_date(d, Precision::Day) {
                    self.push(&at, "as_of", e);
                }
            }
        }
        self.text(&at, "title", &meta.title);
        self.text(&at, "lede", &meta.lede);
        self.text(&at, "lede_more", &meta.lede_more);
    }

    fn source(&mut self, at: &At, source: &SourceIn) {
        match (&source.title, &source.description) {
            (Some(_), Some(_)) => self.push(
                at,
                "title",
                "give either `title` (the outlet's headline) or `description` (ours), not both",
            ),
            (None, None) => self.push(
                at,
                "title",
                "is missing: give `title` (the outlet's headline, verbatim) or `description` (ours, en and zh-Hans)",
            ),
            (Some(_), None) => self.plain(at, "title", &source.title),
            (None, Some(_)) => self.text(at, "description", &source.description),
        }
        match (source.unnamed, &source.publisher) {
            (Some(true), Some(_)) => self.push(
                at,
                "publisher",
                "is given, but `unnamed = true` says there is none",
            ),
            (Some(true), None) => {}
            _ => self.plain(at, "publisher", &source.publisher),
        }
        if source.via.is_some() {
            self.text(at, "via", &source.via);
        }
        self.choice(at, "kind", &source.kind, &SourceKind::ALL);
        self.when(at, "date", &source.date, &source.precision);
        self.choice_with(at, "language", &source.language, &["en", "zh-Hans"], |t| {
            Lang::from_tag(t).is_some()
        });
        match (&source.url, &source.seed) {
            (None, None) => self.push(at, "url", "a source needs either `url` or `seed`"),
            (Some(_), Some(_)) => self.push(at, "url", "give either `url` or `seed`, not both"),
            (Some(url), None) => {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    self.push(at, "url", format!("must use https or http, got {url:?}"));
                } else if url.contains(char::is_whitespace) || url.len() < 12 {
                    self.push(at, "url", format!("is not a valid URL: {url:?}"));
                }
            }
            (None, Some(seed)) => {
                if !is_seed_name(seed) {
                    self.push(
                        at,
                        "seed",
                        format!("must be a seed file name like 000_0123abcd.txt, got {seed:?}"),
                    );
                }
            }
        }
    }

    fn platform(&mut self, at: &At, platform: &PlatformIn, ids: &Ids) {
        self.text(at, "name", &platform.name);
        for (field, t) in [
            ("owner", &platform.owner),
            ("headquarters", &platform.headquarters),
        ] {
            if t.is_some() {
                self.text(at, field, t);
            }
        }
        if let Some(y) = platform.founded {
            if !(1900..=2100).contains(&y) {
                self.push(at, "founded", format!("{y} is not a plausible year"));
            }
        }
        self.choice(at, "feed", &platform.feed, &FeedBasis::ALL);
        self.text(at, "us_availability", &platform.us_availability);
        self.text(at, "cn_availability", &platform.cn_availability);
        self.text(at, "summary", &platform.summary);
        self.citations(at, &platform.citations, ids);
    }

    fn event(&mut self, at: &At, event: &EventIn, ids: &Ids) {
        self.when(at, "date", &event.date, &event.precision);
        if let Some(until) = &event.until {
            match parse_date(until, Precision::Day) {
                Err(msg) => self.push(at, "until", msg),
                Ok(end) => {
                    let start = event.date.as_deref().map(parse_any_date);
                    if let Some(Ok(start)) = start {
                        if end <= start {
                            self.push(at, "until", "must be after `date`");
                        }
                    }
                }
            }
        }
        self.day_is_sourced(at, "date", &event.date, &event.precision, &event.citations);
        self.text(at, "title", &event.title);
        self.text(at, "summary", &event.summary);
        self.refs(at, "themes", &event.themes, &ids.themes, "themes.toml");
        self.refs(at, "actors", &event.actors, &ids.actors, "actors.toml");
        self.refs(
            at,
            "platforms",
            &event.platforms,
            &ids.platforms,
            "platforms.toml",
        );
        if event.themes.is_empty() {
            self.push(at, "themes", "needs at least one theme");
        }
        self.citations(at, &event.citations, ids);
    }

    fn figure(&mut self, at: &At, figure: &FigureIn, ids: &Ids) {
        self.one_ref(
            at,
            "group",
            &figure.group,
            &ids.groups,
            "figures.toml groups",
        );
        match figure.value {
            None => self.push(at, "value", "is missing"),
            Some(v) if !v.is_finite() || v < 0.0 => self.push(
                at,
                "value",
                format!("must be a finite, non-negative number, got {v}"),
            ),
            Some(_) => {}
        }
        self.choice(at, "qualifier", &figure.qualifier, &Qualifier::ALL);
        self.choice(at, "unit", &figure.unit, &Unit::ALL);
        self.text(at, "measure", &figure.measure);
        self.when(at, "as_of", &figure.as_of, &figure.precision);
        self.day_is_sourced(
            at,
            "as_of",
            &figure.as_of,
            &figure.precision,
            &figure.citations,
        );
        self.one_ref(
            at,
            "platform",
            &figure.platform,
            &ids.platforms,
            "platforms.toml",
        );
        self.refs(at, "themes", &figure.themes, &ids.themes, "themes.toml");
        self.citations(at, &figure.citations, ids);
        self.value_is_sourced(at, figure);
        self.baseline(at, figure);
    }

    /// A figure's value is written in one of its excerpts: no more precise than its source.
    fn value_is_sourced(&mut self, at: &At, figure: &FigureIn) {
        let (Some(value), false) = (figure.value, figure.citations.is_empty()) else {
            return;
        };
        let rank = figure.unit.as_deref() == Some("rank");
        let stated = figure
            .citations
            .iter()
            .filter_map(|c| c.excerpt.as_deref())
            .any(|e| figure_number::states(e, value, rank));
        if !stated {
            let forms = figure_number::spellings(value, rank);
            self.push(
                at,
                "value",
                format!(
                    "{value} is not written in any of its excerpts (looked for {}); a number the \
                     source does not give is not a figure: say it in the group's note or an event",
                    forms
                        .iter()
                        .take(4)
                        .map(|f| format!("{f:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }

    /// A change (`percent-change`, `factor`) names what it is a change against, in its measure
    /// (and its short label), or says that the source does not.
    fn baseline(&mut self, at: &At, figure: &FigureIn) {
        let change = matches!(figure.unit.as_deref(), Some("percent-change" | "factor"));
        match (&figure.baseline, change) {
            (None, true) => self.push(
                at,
                "baseline",
                "is missing: a change names its baseline (\"against the week of 13–19 January\"), \
                 or says that the source gives none",
            ),
            (Some(_), false) => self.push(
                at,
                "baseline",
                "is only for a change (unit \"percent-change\" or \"factor\")",
            ),
            (Some(baseline), true) => {
                self.text(at, "baseline", &figure.baseline);
                for (field, text) in [("measure", &figure.measure), ("short", &figure.short)] {
                    let Some(text) = text else { continue };
                    for (lang, words, within) in [
                        ("en", &baseline.en, &text.en),
                        ("zh-Hans", &baseline.zh, &text.zh),
                    ] {
                        if let (Some(words), Some(within)) = (words, within) {
                            if !within.contains(words.as_str()) {
                                self.push(
                                    at,
                                    &format!("{field}.{lang}"),
                                    format!("does not name its baseline {words:?}"),
                                );
                            }
                        }
                    }
                }
            }
            (None, false) => {}
        }
    }

    fn step(&mut self, at: &At, step: &StepIn, ids: &Ids) {
        self.choice(at, "section", &step.section, &Section::ALL);
        self.refs(at, "themes", &step.themes, &ids.themes, "themes.toml");
        self.refs(
            at,
            "platforms",
            &step.platforms,
            &ids.platforms,
            "platforms.toml",
        );
        let mut days = [None, None];
        for (slot, (field, value)) in [("from", &step.from), ("to", &step.to)]
            .into_iter()
            .enumerate()
        {
            if let Some(value) = value {
                match parse_date(value, Precision::Day) {
                    Ok(day) => days[slot] = Some(day),
                    Err(e) => self.push(at, field, e),
                }
            }
        }
        if let [Some(from), Some(to)] = days {
            if from > to {
                self.push(at, "to", "must not be before `from`");
            }
        }
        self.text(at, "title", &step.title);
        self.text(at, "caption", &step.caption);
        self.citations(at, &step.citations, ids);
    }

    fn voice(&mut self, at: &At, voice: &VoiceIn, ids: &Ids) {
        self.text(at, "speaker", &voice.speaker);
        self.text(at, "role", &voice.role);
        self.text(at, "affiliation", &voice.affiliation);
        self.one_ref(
            at,
            "perspective",
            &voice.perspective,
            &ids.perspectives,
            "perspectives.toml",
        );
        self.when(at, "date", &voice.date, &voice.precision);
        self.choice_with(at, "language", &voice.language, &["en", "zh-Hans"], |t| {
            Lang::from_tag(t).is_some()
        });
        self.plain(at, "text", &voice.text);
        self.plain(at, "translation", &voice.translation);
        if voice.verbatim.is_none() {
            self.push(
                at,
                "verbatim",
                "is missing: say `true` for the source's exact words, `false` for a paraphrase",
            );
        }
        self.refs(at, "themes", &voice.themes, &ids.themes, "themes.toml");
        self.citations(at, &voice.citations, ids);
    }

    /// An exact day must come from the sources: some excerpt names a date or weekday. Otherwise
    /// the item is `approximate` (or coarser).
    fn day_is_sourced(
        &mut self,
        at: &At,
        field: &str,
        date: &Option<String>,
        precision: &Option<String>,
        cites: &[CitationIn],
    ) {
        // Without citations there is nothing to check against (that is reported on its own).
        if precision.as_deref() != Some("day") || cites.is_empty() {
            return;
        }
        let Some(date) = date else { return };
        let names_a_day = cites
            .iter()
            .any(|c| c.excerpt.as_deref().is_some_and(names_a_day));
        if !names_a_day {
            self.push(
                at,
                field,
                format!("{date:?} is given to the day, but no excerpt names a date or weekday: quote one that does, or use precision \"approximate\""),
            );
        }
    }

    /// A reader-facing string in both languages, each non-empty and free of markup.
    fn text(&mut self, at: &At, field: &str, text: &Option<TextIn>) {
        let Some(text) = text else {
            self.push(at, field, "is missing (needs `en` and `zh-Hans`)");
            return;
        };
        for (lang, value) in [("en", &text.en), ("zh-Hans", &text.zh)] {
            self.plain(at, &format!("{field}.{lang}"), value);
        }
    }

    /// A required single-language string: present, non-blank, no markup.
    fn plain(&mut self, at: &At, field: &str, value: &Option<String>) {
        match value {
            None => self.push(at, field, "is missing"),
            Some(value) if value.trim().is_empty() => self.push(at, field, "is empty"),
            Some(value) => {
                if let Some(found) = markup_in(value) {
                    self.push(at, field, format!("contains raw markup {found:?}"));
                }
            }
        }
    }

    fn when(&mut self, at: &At, field: &str, date: &Option<String>, precision: &Option<String>) {
        let precision = match precision.as_deref() {
            None => {
                self.push(
                    at,
                    "precision",
                    "is missing (one of day, month, year, approximate, before)",
                );
                None
            }
            Some(p) => match lookup(p, &Precision::ALL) {
                Some(p) => Some(p),
                None => {
                    self.push(
                        at,
                        "precision",
                        format!("{p:?} is not one of day, month, year, approximate, before"),
                    );
                    None
                }
            },
        };
        match (date, precision) {
            (None, _) => self.push(at, field, "is missing"),
            (Some(d), Some(p)) => {
                if let Err(e) = parse_date(d, p) {
                    self.push(at, field, e);
                }
            }
            (Some(d), None) => {
                if let Err(e) = parse_any_date(d) {
                    self.push(at, field, e);
                }
            }
        }
    }

    fn choice<T: Copy>(
        &mut self,
        at: &At,
        field: &str,
        value: &Option<String>,
        allowed: &[(&str, T)],
    ) {
        let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
        self.choice_with(at, field, value, &names, |v| lookup(v, allowed).is_some());
    }

    fn choice_with(
        &mut self,
        at: &At,
        field: &str,
        value: &Option<String>,
        names: &[&str],
        ok: impl Fn(&str) -> bool,
    ) {
        match value {
            None => self.push(
                at,
                field,
                format!("is missing (one of {})", names.join(", ")),
            ),
            Some(v) if !ok(v) => self.push(
                at,
                field,
                format!("{v:?} is not one of {}", names.join(", ")),
            ),
            Some(_) => {}
        }
    }

    fn refs(
        &mut self,
        at: &At,
        field: &str,
        refs: &[String],
        known: &Option<HashSet<String>>,
        in_: &str,
    ) {
        let Some(known) = known else { return };
        let mut seen = HashSet::new();
        for (i, r) in refs.iter().enumerate() {
            if !known.contains(r) {
                self.push(
                    at,
                    &format!("{field}[{}]", i + 1),
                    format!("{r:?} is not an id in {in_}"),
                );
            } else if !seen.insert(r) {
                self.push(
                    at,
                    &format!("{field}[{}]", i + 1),
                    format!("{r:?} is listed twice"),
                );
            }
        }
    }

    fn one_ref(
        &mut self,
        at: &At,
        field: &str,
        r: &Option<String>,
        known: &Option<HashSet<String>>,
        in_: &str,
    ) {
        match (r, known) {
            (None, _) => self.push(at, field, "is missing"),
            (Some(r), Some(known)) if !known.contains(r) => {
                self.push(at, field, format!("{r:?} is not an id in {in_}"))
            }
            _ => {}
        }
    }

    fn citations(&mut self, at: &At, cites: &[CitationIn], ids: &Ids) {
        if cites.is_empty() {
            self.push(at, "citations", "needs at least one citation");
        }
        for (i, c) in cites.iter().enumerate() {
            let number = i + 1;
            self.one_ref(
                at,
                &format!("citations[{number}].source"),
                &c.source,
                &ids.sources,
                "sources.toml",
            );
            let field = format!("citations[{number}].excerpt");
            self.plain(at, &field, &c.excerpt);
            if let Some(e) = &c.excerpt {
                let words = excerpt_words(e);
                if words > MAX_EXCERPT_WORDS {
                    self.push(
                        at,
                        &field,
                        format!("has {words} words; an excerpt quotes at most {MAX_EXCERPT_WORDS}"),
                    );
                }
            }
        }
    }
}

fn at<'a>(file: &'a str, kind: &str, id: &Option<String>, index: usize) -> At<'a> {
    let item = match id {
        Some(id) => format!("{kind} {id:?}"),
        None => format!("{kind} #{}", index + 1),
    };
    At { file, item }
}

fn lookup<T: Copy>(name: &str, table: &[(&str, T)]) -> Option<T> {
    table.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// Looks a name up in one of the records' `ALL` tables; for the code generator.
pub fn named<T: Copy>(name: &str, table: &[(&str, T)]) -> T {
    lookup(name, table).unwrap_or_else(|| panic!("validated name {name:?} not in table"))
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_seed_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".txt") else {
        return false;
    };
    let Some((num, hash)) = stem.split_once('_') else {
        return false;
    };
    num.len() == 3
        && num.bytes().all(|b| b.is_ascii_digit())
        && !hash.is_empty()
        && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Finds markup a reader would see raw: a tag (`<` then a letter, `/` or `!`) or an HTML entity.
pub fn markup_in(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'<' {
            if let Some(&n) = bytes.get(i + 1) {
                if n.is_ascii_alphabetic() || n == b'/' || n == b'!' {
                    let end = text[i..].find('>').map(|e| i + e + 1).unwrap_or(text.len());
                    return Some(text[i..end.min(i + 24)].to_string());
                }
            }
        }
        if c == b'&' {
            let rest = &text[i + 1..];
            if let Some(semi) = rest.find(';') {
                let name = &rest[..semi];
                let is_entity = (1..=10).contains(&name.len())
                    && (name.bytes().all(|bytes| bytes.is_ascii_alphanumeric())
                        || (name.starts_with('#')
                            && name.len() > 1
                            && name[1..].bytes().all(|bytes| bytes.is_ascii_alphanumeric())));
                if is_entity {
                    return Some(format!("&{name};"));
                }
            }
        }
    }
    None
}

/// Counts words; each CJK character counts as half a word (Chinese has no spaces).
pub fn excerpt_words(text: &str) -> usize {
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    let latin = text
        .split(|c: char| c.is_whitespace() || is_cjk(c))
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .count();
    latin + cjk.div_ceil(2)
}

fn is_cjk(ch: char) -> bool {
    matches!(ch as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Parses a date in the form its precision requires: `YYYY-MM-DD` (day), `YYYY-MM` (month),
/// `YYYY` (year), `YYYY-MM-DD` or `YYYY-MM` (approximate), any of the three (before).
pub fn parse_date(text: &str, precision: Precision) -> Result<(u16, u8, u8), String> {
    let parsed = parse_any_date(text)?;
    let parts = text.split('-').count();
    let want = match precision {
        Precision::Day => 3,
        // "mid-2024" is an approximate month; "before" bounds at whatever precision is known.
        Precision::Approximate if parts == 2 => 2,
        Precision::Approximate => 3,
        Precision::Before => parts,
        Precision::Month => 2,
        Precision::Year => 1,
    };
    if parts != want {
        let form = ["YYYY", "YYYY-MM", "YYYY-MM-DD"][want - 1];
        let name = lookup_name(precision);
        return Err(format!(
            "{text:?} does not fit precision {name:?} (expected {form})"
        ));
    }
    Ok(parsed)
}

fn lookup_name(precision: Precision) -> &'static str {
    Precision::ALL
        .iter()
        .find(|(_, v)| *v == precision)
        .map(|(n, _)| *n)
        .unwrap_or("?")
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into (year, month or 0, day or 0) with
/// [`Date::parse_iso`], the crate's one date reader, and words its errors for the data's author.
pub fn parse_any_date(text: &str) -> Result<(u16, u8, u8), String> {
    match Date::parse_iso(text) {
        Ok(d) => Ok((d.year, d.month, d.day)),
        Err(DateError::Form) => Err(format!(
            "{text:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        )),
        Err(DateError::Year(y)) => Err(format!("{text:?}: year {y} is out of range")),
        Err(DateError::Month(m)) => Err(format!("{text:?}: month {m} does not exist")),
        Err(DateError::Day(d)) => Err(format!("{text:?}: day {d} does not exist in that month")),
    }
}

/// Maps ids to their index in declaration order, for the code generator.
pub fn index_of<'a>(ids: impl Iterator<Item = &'a Option<String>>) -> HashMap<String, u16> {
    ids.enumerate()
        .filter_map(|(i, id)| id.clone().map(|id| (id, i as u16)))
        .collect()
}

/// Whether an excerpt names a day: a month or weekday name, a relative day, or a Chinese date.
pub fn names_a_day(excerpt: &str) -> bool {
    const WORDS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "this week",
        "day prior",
    ];
    let lower = excerpt.to_lowercase();
    WORDS.iter().any(|w| lower.contains(w))
        || ["日", "周", "星期", "今天", "昨天"]
            .iter()
            .any(|w| excerpt.contains(w))
}

/// The last day a date of any precision may stand for: (2026, 3, 0) is 2026-03-31.
fn last_day_of((y, m, d): (u16, u8, u8)) -> (u16, u8, u8) {
    match (m, d) {
        (0, _) => (y, 12, 31),
        (m, 0) => (y, m, 31),
        _ => (y, m, d),
    }
}

/// The ids of records, for references that name them.
trait FlattenIds<'a> {
    fn flatten_ids(self) -> HashSet<&'a String>;
}

impl<'a, T: HasId + 'a, I: Iterator<Item = &'a T>> FlattenIds<'a> for I {
    fn flatten_ids(self) -> HashSet<&'a String> {
        self.filter_map(|r| r.id().as_ref()).collect()
    }
}

trait HasId {
    fn id(&self) -> &Option<String>;
}

macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn id(&self) -> &Option<String> { &self.id } })* };
}
has_id!(EventIn, FigureIn, VoiceIn, SourceIn, PlatformIn, GroupIn);
