//! The editorial rules, checked on the real dataset so they stay true as facts are added:
//! no internal words, paraphrases as reported speech, one term per thing (the glossary),
//! headlines that are really the outlet's, and square brackets for insertions. Each failure
//! names file, item and field.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/sources_text.rs"]
mod sources_text;
#[path = "common/tree.rs"]
mod tree;

use sources_text::{epilogue_rows, normalise, read, shared_or_skip};
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{Dataset, Lang, Locator, SourceTitle, Text, Voice};

/// Where a reader-facing string lives: "data/events.toml: event "x": field `summary.en`".
struct ReaderString {
    at: String,
    lang: Lang,
    text: &'static str,
}

fn both(out: &mut Vec<ReaderString>, file: &str, item: &str, field: &str, t: Text) {
    for (lang, text) in [(Lang::En, t.en), (Lang::Zh, t.zh)] {
        out.push(ReaderString {
            at: format!("data/{file}: {item}: field `{field}.{}`", lang.tag()),
            lang,
            text,
        });
    }
}

/// A voice's words and their translation, each with its language and field name.
fn words(voice: &Voice) -> [(&'static str, Lang, &'static str); 2] {
    [
        ("text", voice.lang, voice.text),
        ("translation", voice.lang.other(), voice.translation),
    ]
}

/// Every string of the dataset that a reader can see, with its language.
fn reader_strings(data: &Dataset) -> Vec<ReaderString> {
    let mut out = Vec::new();
    let o = &mut out;
    both(o, "meta.toml", "dataset", "title", data.title);
    both(o, "meta.toml", "dataset", "lede", data.lede);
    both(o, "meta.toml", "dataset", "lede_more", data.lede_more);
    for e in data.events {
        let item = format!("event {:?}", e.id);
        both(o, "events.toml", &item, "title", e.title);
        both(o, "events.toml", &item, "summary", e.summary);
    }
    for g in data.groups {
        let item = format!("group {:?}", g.id);
        both(o, "figures.toml", &item, "title", g.title);
        both(o, "figures.toml", &item, "note", g.note);
    }
    for f in data.figures {
        both(
            o,
            "figures.toml",
            &format!("figure {:?}", f.id),
            "measure",
            f.measure,
        );
        both(
            o,
            "figures.toml",
            &format!("figure {:?}", f.id),
            "short",
            f.short,
        );
    }
    for s in data.tour {
        let item = format!("step {:?}", s.id);
        both(o, "tour.toml", &item, "title", s.title);
        both(o, "tour.toml", &item, "caption", s.caption);
    }
    for v in data.voices {
        let item = format!("voice {:?}", v.id);
        both(o, "voices.toml", &item, "speaker", v.speaker);
        both(o, "voices.toml", &item, "role", v.role);
        both(o, "voices.toml", &item, "affiliation", v.affiliation);
        for (field, lang, text) in words(v) {
            o.push(ReaderString {
                at: format!("data/voices.toml: {item}: field `{field}`"),
                lang,
                text,
            });
        }
    }
    for p in data.platforms {
        let item = format!("platform {:?}", p.id);
        for (field, t) in [
            ("name", p.name),
            ("owner", p.owner),
            ("headquarters", p.headquarters),
            ("us_availability", p.us_availability),
            ("cn_availability", p.cn_availability),
            ("summary", p.summary),
        ] {
            both(o, "platforms.toml", &item, field, t);
        }
    }
    for (file, terms) in [
        ("themes.toml", data.themes),
        ("actors.toml", data.actors),
        ("perspectives.toml", data.perspectives),
    ] {
        for t in terms {
            both(o, file, &format!("term {:?}", t.id), "label", t.label);
        }
    }
    for s in data.sources {
        let item = format!("source {:?}", s.id);
        o.push(ReaderString {
            at: format!("data/sources.toml: {item}: field `publisher`"),
            lang: Lang::En,
            text: s.publisher,
        });
        match s.title {
            SourceTitle::Headline(h) => o.push(ReaderString {
                at: format!("data/sources.toml: {item}: field `title`"),
                lang: s.lang,
                text: h,
            }),
            SourceTitle::Description(t) => both(o, "sources.toml", &item, "description", t),
        }
    }
    for (i, c) in data.corrections.iter().enumerate() {
        let item = format!("correction #{}", i + 1);
        both(o, "corrections.toml", &item, "what", c.what);
        both(o, "corrections.toml", &item, "why", c.why);
    }
    out
}

/// The interface's own strings: every entry of `data/interface.toml`, and every string literal in
/// the view and query code (enum words, formats), as (place, text).
fn interface_strings() -> Vec<(String, &'static str)> {
    let words = include_str!("../data/interface.toml");
    let words = xhs_explainer::model::interface::check(words).expect("data/interface.toml");
    let mut out = Vec::new();
    for (table, entries) in words {
        for (key, text) in entries {
            for value in [text.en, text.zh].into_iter().flatten() {
                out.push((format!("data/interface.toml: {table}.{key}"), leak(&value)));
            }
        }
    }
    // Every file of the two layers, their concept folders included.
    let files = tree::files_under(&["view", "query"]);
    assert!(files.len() > 80, "read {} source files", files.len());
    {
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = format!(
                "{}",
                path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap()
                    .display()
            );
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                let mut rest = code;
                while let Some(start) = rest.find('"') {
                    let after = &rest[start + 1..];
                    let Some(end) = after.find('"') else { break };
                    out.push((format!("{name}:{}", n + 1), leak(&after[..end])));
                    rest = &after[end + 1..];
                }
            }
        }
    }
    out
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// The whole word `w` in `s`, by ASCII word boundaries (case-sensitive).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '\'');
        boundary(before) && boundary(after)
    })
}

const INTERNAL_WORDS: [&str; 6] = [
    "seed",
    "research notes",
    "epilogue",
    "todo",
    "lorem",
    "fixme",
];

#[test]
fn no_reader_string_uses_internal_words() {
    let data = dataset();
    let mut bad = Vec::new();
    for s in reader_strings(data) {
        let lower = s.text.to_lowercase();
        for w in INTERNAL_WORDS {
            if has_word(&lower, w) || (w.contains(' ') && lower.contains(w)) {
                bad.push(format!(
                    "{}: uses the internal word {w:?}: {:?}",
                    s.at, s.text
                ));
            }
        }
        for w in ["种子文章", "研究笔记"] {
            if s.text.contains(w) {
                bad.push(format!("{}: uses the internal word {w:?}", s.at));
            }
        }
    }
    for (at, text) in interface_strings() {
        let lower = text.to_lowercase();
        for w in INTERNAL_WORDS {
            if has_word(&lower, w) && !text.contains("seed-") {
                bad.push(format!("{at}: interface string uses {w:?}: {text:?}"));
            }
        }
        if text.contains("种子") {
            bad.push(format!("{at}: interface string uses 种子: {text:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

const QUOTE_MARKS: [char; 7] = ['"', '“', '”', '「', '」', '『', '』'];
const FIRST_PERSON_EN: [&str; 9] = ["I", "me", "my", "mine", "we", "We", "us", "our", "Our"];
const FIRST_PERSON_ZH: [&str; 3] = ["我", "咱", "俺"];

#[test]
fn a_paraphrase_is_reported_speech() {
    let data = dataset();
    let mut bad = Vec::new();
    for v in data.voices.iter().filter(|v| !v.verbatim) {
        for (field, lang, text) in words(v) {
            let at = format!("data/voices.toml: voice {:?}: field `{field}`", v.id);
            if let Some(q) = text.chars().find(|c| QUOTE_MARKS.contains(c)) {
                bad.push(format!("{at}: a paraphrase has the quotation mark {q:?}"));
            }
            let first_person = match lang {
                Lang::En => FIRST_PERSON_EN.iter().find(|w| has_word(text, w)).copied(),
                // 自我 (self) is not the first person.
                Lang::Zh => FIRST_PERSON_ZH
                    .iter()
                    .find(|w| text.replace("自我", "").contains(*w))
                    .copied(),
            };
            if let Some(w) = first_person {
                bad.push(format!("{at}: a paraphrase is in the first person ({w:?})"));
            }
            let speaker = v.speaker.get(lang);
            let generic = ["Many", "Chinese", "小红书上", "中国用户", "许多"];
            if !text.contains(speaker)
                && !generic
                    .iter()
                    .any(|g| text.starts_with(g) || speaker.starts_with(g))
            {
                bad.push(format!(
                    "{at}: a paraphrase names who said it ({speaker:?})"
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn insertions_in_quotes_use_square_brackets() {
    let mut bad = Vec::new();
    for v in dataset().voices {
        for (field, text) in [("text", v.text), ("translation", v.translation)] {
            if text.contains(['(', ')', '（', '）']) {
                bad.push(format!(
                    "data/voices.toml: voice {:?}: field `{field}`: round brackets in a quote; editorial insertions go in [square brackets]",
                    v.id
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The glossary's forbidden variants: (preferred term, variant).
fn glossary_variants() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/glossary.toml");
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let terms = table["term"]
        .as_array()
        .expect("data/glossary.toml: [[term]] tables");
    let mut out = Vec::new();
    for (i, term) in terms.iter().enumerate() {
        let zh = term["zh"]
            .as_str()
            .unwrap_or_else(|| panic!("glossary term #{}: zh", i + 1));
        let avoid = term["avoid"]
            .as_array()
            .unwrap_or_else(|| panic!("glossary term #{}: avoid", i + 1));
        for a in avoid {
            out.push((zh.to_string(), a.as_str().unwrap().to_string()));
        }
    }
    assert!(
        out.len() >= 20,
        "expected the real glossary, got {} variants",
        out.len()
    );
    out
}

#[test]
fn glossary_variants_appear_in_no_chinese_string() {
    let variants = glossary_variants();
    let mut bad = Vec::new();
    let zh_data = reader_strings(dataset())
        .into_iter()
        .filter(|s| s.lang == Lang::Zh)
        .map(|s| (s.at, s.text));
    let zh_interface = interface_strings()
        .into_iter()
        .filter(|(_, t)| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    for (at, text) in zh_data.chain(zh_interface) {
        for (term, variant) in &variants {
            if text.contains(variant.as_str()) {
                bad.push(format!("{at}: {variant:?} should be {term:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_headline_is_the_outlets_own_words() {
    let Some(dir) = shared_or_skip("the headline check") else {
        return;
    };
    let epilogue = read(&dir.join("sources/epilogue.md"));
    let rows = epilogue_rows(&epilogue);
    let mut bad = Vec::new();
    let mut headlines = 0;
    for s in dataset().sources {
        let SourceTitle::Headline(h) = s.title else {
            continue;
        };
        headlines += 1;
        let h = normalise(h);
        let found = match s.locator {
            Locator::Seed(file) => std::fs::read_to_string(dir.join("seeds").join(file))
                .map(|t| normalise(&t).contains(&h))
                .unwrap_or(false),
            Locator::Url(url) => rows
                .get(url)
                .is_some_and(|lines| lines.iter().any(|l| normalise(l).contains(&h))),
        };
        if !found {
            bad.push(format!(
                "data/sources.toml: source {:?}: field `title`: {h:?} is not found in the article or its row; give our `description` instead",
                s.id
            ));
        }
    }
    assert!(
        headlines >= 4,
        "expected the seeds' headlines, got {headlines}"
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_quote_from_a_machine_translation_says_so() {
    // The view shows the note from the source's flag; here the flag must be set where the page
    // is one: the two January articles that are English machine translations of Chinese.
    let data = dataset();
    for id in ["seed-entering-china", "seed-zaobao-interview"] {
        let s = data.source(id).unwrap();
        assert!(
            s.machine_translated,
            "data/sources.toml: source {id:?}: field `machine_translated`"
        );
    }
    let people = data
        .voices
        .iter()
        .find(|v| v.id == "peoples-daily-global-villagers")
        .unwrap();
    assert!(data.sources[people.citations[0].source as usize].machine_translated);
}

/// The share of the voices one speaker may hold: no single voice drowns out the rest.
const MAX_SHARE_OF_VOICES: f64 = 0.25;

#[test]
fn no_speaker_holds_more_than_a_quarter_of_the_voices() {
    let data = dataset();
    let total = data.voices.len();
    assert!(total >= 10, "expected the real dataset, got {total} voices");
    let mut speakers: Vec<(&str, usize)> = Vec::new();
    for v in data.voices {
        match speakers.iter_mut().find(|(s, _)| *s == v.speaker.en) {
            Some((_, n)) => *n += 1,
            None => speakers.push((v.speaker.en, 1)),
        }
    }
    let over: Vec<String> = speakers
        .iter()
        .filter(|(_, n)| *n as f64 > MAX_SHARE_OF_VOICES * total as f64)
        .map(|(s, n)| {
            format!(
                "data/voices.toml: speaker {s:?} holds {n} of {total} voices (at most a quarter)"
            )
        })
        .collect();
    assert!(over.is_empty(), "{}", over.join("\n"));
}

#[test]
fn every_perspective_has_a_voice_of_its_own() {
    let data = dataset();
    let silent: Vec<String> = (0..data.perspectives.len())
        .filter(|&p| !data.voices.iter().any(|v| v.perspective as usize == p))
        .map(|p| {
            format!(
                "data/perspectives.toml: term {:?}: no voice in data/voices.toml speaks for it",
                data.perspectives[p].id
            )
        })
        .collect();
    assert!(silent.is_empty(), "{}", silent.join("\n"));
}

#[test]
fn the_security_case_is_heard_in_the_us_sides_own_words() {
    // At least one verbatim voice of the US government or the Court on data security, cited to
    // a page that carries the Court's or the government's own words.
    let data = dataset();
    let heard = data.voices.iter().any(|v| {
        v.verbatim
            && data.perspectives[v.perspective as usize].id == "us-government"
            && v.themes
                .iter()
                .any(|&t| data.themes[t as usize].id == "data-security")
    });
    assert!(
        heard,
        "data/voices.toml: no verbatim US-government voice on data security"
    );
    let ruling = data
        .events
        .iter()
        .find(|e| e.id == "supreme-court-upholds-law")
        .expect("the Supreme Court event");
    assert!(
        ruling.summary.en.contains("First Amendment"),
        "data/events.toml: event \"supreme-court-upholds-law\": field `summary.en`: states no holding"
    );
}

/// Phrases in the present or future tense that were true, if at all, only when first reported:
/// an item dated before the story's last year may not use them, since every sentence must be
/// true on the dataset's as-of date (platform records and group notes, being undated, never).
const PRESENT_TENSE_EN: [&str; 12] = [
    "MGX hold ",
    " holds ",
    " keeps 19.9%",
    " will hold",
    " will own",
    " is due to",
    " was due to close",
    " deny this",
    " denies ",
    "do not say whether it",
    " has about ",
    " with about 170 million users",
];

#[test]
fn no_stale_present_tense_in_items_dated_before_the_last_year() {
    let data = dataset();
    let last_year = data.events.iter().map(|e| e.when.date.year).max().unwrap();
    let mut texts: Vec<(String, &str)> = Vec::new();
    for e in data.events.iter().filter(|e| e.when.date.year < last_year) {
        texts.push((
            format!("data/events.toml: event {:?}: field `summary.en`", e.id),
            e.summary.en,
        ));
        texts.push((
            format!("data/events.toml: event {:?}: field `title.en`", e.id),
            e.title.en,
        ));
    }
    for f in data
        .figures
        .iter()
        .filter(|f| f.as_of.date.year < last_year)
    {
        texts.push((
            format!("data/figures.toml: figure {:?}: field `measure.en`", f.id),
            f.measure.en,
        ));
    }
    for g in data.groups {
        texts.push((
            format!("data/figures.toml: group {:?}: field `note.en`", g.id),
            g.note.en,
        ));
    }
    for p in data.platforms {
        for (field, t) in [
            ("owner", p.owner),
            ("summary", p.summary),
            ("us_availability", p.us_availability),
        ] {
            texts.push((
                format!(
                    "data/platforms.toml: platform {:?}: field `{field}.en`",
                    p.id
                ),
                t.en,
            ));
        }
    }
    for s in data.tour {
        texts.push((
            format!("data/tour.toml: step {:?}: field `caption.en`", s.id),
            s.caption.en,
        ));
    }
    texts.push((
        "data/meta.toml: dataset: field `lede_more.en`".into(),
        data.lede_more.en,
    ));
    let stale: Vec<String> = texts
        .iter()
        .flat_map(|(at, t)| {
            PRESENT_TENSE_EN
                .iter()
                .filter(|p| t.contains(*p))
                .map(move |p| {
                    format!("{at}: {p:?} is not true on the as-of date; say when, or use the past")
                })
        })
        .collect();
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
