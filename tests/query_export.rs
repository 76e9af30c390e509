//! CSV and JSON export: field quoting and string escaping, and whole exports read back with small
//! independent parsers written here.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::export::{
    push_csv_field, push_json_string, to_csv, to_json, CSV_COLUMNS,
};
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::filters::visible::Visible;

#[test]
fn csv_field_quoting() {
    let cases: &[(&str, &str)] = &[
        ("plain", "plain"),
        ("", ""),
        (" spaced ", " spaced "),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("小红书，难民", "小红书，难民"), // a full-width comma is not a separator
        ("semi;colon", "semi;colon"),
    ];
    for &(field, expected) in cases {
        let mut out = String::new();
        push_csv_field(&mut out, field);
        assert_eq!(out, expected, "{field:?}");
        assert_eq!(parse_csv(&(out + "\r\n")), [vec![field.to_string()]]);
    }
}

#[test]
fn json_string_escaping() {
    let cases: &[(&str, &str)] = &[
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("a\nb\rc\td", "\"a\\nb\\rc\\td\""),
        ("\u{0}\u{1}\u{1f}", "\"\\u0000\\u0001\\u001f\""),
        ("\u{8}\u{c}", "\"\\u0008\\u000c\""),
        ("小红书 é 🎉", "\"小红书 é 🎉\""),
        ("\u{2028}\u{2029}", "\"\\u2028\\u2029\""),
        ("/ and \u{7f}", "\"/ and \u{7f}\""),
    ];
    for &(s, expected) in cases {
        let mut out = String::new();
        push_json_string(&mut out, s);
        assert_eq!(out, expected, "{s:?}");
        assert_eq!(Json::parse(&out), Json::Str(s.to_string()));
    }
}

#[test]
fn csv_export_reads_back() {
    let all = Visible::all(&DATA);
    for lang in [Lang::En, Lang::Zh] {
        let csv = to_csv(&DATA, &all, lang);
        assert!(csv.ends_with("\r\n"));
        let rows = parse_csv(&csv);
        assert_eq!(rows[0], CSV_COLUMNS);
        assert_eq!(rows.len(), 1 + all.len());
        for row in &rows {
            assert_eq!(row.len(), CSV_COLUMNS.len());
        }
        let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
        let find = |id: &str| rows.iter().find(|r| r[col("id")] == id).unwrap();

        let refugees = find(DATA.events[E_REFUGEES].id);
        assert_eq!(refugees[col("kind")], "event");
        assert_eq!(refugees[col("date")], "2025-01-13");
        assert_eq!(refugees[col("until")], "2025-01-15");
        assert_eq!(
            refugees[col("title")],
            DATA.events[E_REFUGEES].title.get(lang)
        );
        assert_eq!(
            refugees[col("citations")],
            "nyt-surge: flocked\nwired-rednote: RedNote"
        );

        let month = find(DATA.events[E_LEMON8_MONTH].id);
        assert_eq!(month[col("date")], "2025-01");
        assert_eq!(month[col("precision")], "month");

        let mau = find(DATA.figures[F_TIKTOK_MAU].id);
        assert_eq!(mau[col("kind")], "figure");
        assert_eq!(
            mau[col("title")],
            DATA.figures[F_TIKTOK_MAU].measure.get(lang)
        );
        assert_eq!(mau[col("value")], "170000000");
        assert_eq!(mau[col("qualifier")], "about");
        assert_eq!(mau[col("unit")], "monthly-active-users");

        let official = find(DATA.voices[W_OFFICIAL].id);
        assert_eq!(official[col("kind")], "voice");
        assert_eq!(official[col("text")], "我们乐见中美民众交流。");
        assert_eq!(
            official[col("translation")],
            DATA.voices[W_OFFICIAL].translation
        );
        assert_eq!(
            official[col("title")],
            DATA.voices[W_OFFICIAL].speaker.get(lang)
        );
        assert_eq!(
            official[col("citations")],
            format!("xinhua: 乐见\nbbc-cafe: {NASTY_EXCERPT}")
        );
    }
}

#[test]
fn csv_export_follows_the_selection() {
    let index = SearchIndex::new(&DATA);
    let query = Query::default().reduce(Action::Toggle(Facet::Perspective, V_CN_USER));
    let query = query.reduce(Action::Toggle(Facet::Theme, T_MIGRATION));
    let visible = query.visible(&DATA, &index);
    let rows = parse_csv(&to_csv(&DATA, &visible, Lang::En));
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(ids, ["refugees-arrive", "xhs-new-users", "welcome"]);
    let empty = parse_csv(&to_csv(&DATA, &Visible::default(), Lang::En));
    assert_eq!(empty.len(), 1);
}

#[test]
fn json_export_reads_back() {
    let all = Visible::all(&DATA);
    for lang in [Lang::En, Lang::Zh] {
        let json = Json::parse(&to_json(&DATA, &all, lang));
        assert_eq!(json.get("lang"), &Json::Str(lang.tag().into()));
        let events = json.get("events").array();
        let figures = json.get("figures").array();
        let voices = json.get("voices").array();
        assert_eq!((events.len(), figures.len(), voices.len()), (7, 3, 3));

        let event = &events[E_REFUGEES];
        assert_eq!(event.get("id").str(), "refugees-arrive");
        assert_eq!(event.get("until").str(), "2025-01-15");
        assert_eq!(
            event.get("title").str(),
            DATA.events[E_REFUGEES].title.get(lang)
        );
        assert_eq!(
            event.get("summary").str(),
            DATA.events[E_REFUGEES].summary.get(lang)
        );
        assert_eq!(events[E_HOUSE].get("until"), &Json::Null);
        let cites = event.get("citations").array();
        assert_eq!(cites.len(), 2);
        assert_eq!(cites[1].get("source").str(), "wired-rednote");

        let figure = &figures[F_XHS_NEW];
        assert_eq!(figure.get("value"), &Json::Num(700_000.0));
        assert_eq!(figure.get("qualifier").str(), "more-than");
        assert_eq!(figure.get("platform").str(), "xiaohongshu");
        assert_eq!(
            figure.get("measure").str(),
            DATA.figures[F_XHS_NEW].measure.get(lang)
        );

        let voice = &voices[W_OFFICIAL];
        assert_eq!(voice.get("verbatim"), &Json::Bool(false));
        assert_eq!(voice.get("lang").str(), "zh-Hans");
        assert_eq!(
            voice.get("speaker").str(),
            DATA.voices[W_OFFICIAL].speaker.get(lang)
        );
        let nasty = voice.get("citations").array()[1].get("excerpt").str();
        assert_eq!(nasty, NASTY_EXCERPT);
        assert_eq!(voices[W_CAT_TAX].get("verbatim"), &Json::Bool(true));
    }
    let empty = Json::parse(&to_json(&DATA, &Visible::default(), Lang::En));
    assert!(empty.get("events").array().is_empty());
}

// ---- A strict RFC 4180 reader, independent of the writer. ----

fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                    let next = chars.peek().copied();
                    assert!(
                        matches!(next, Some(',') | Some('\r')),
                        "text after closing quote"
                    );
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '"' => panic!("bare quote inside an unquoted field"),
            ',' => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "records end in CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_field_start = true;
            }
            '\n' => panic!("bare LF outside quotes"),
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "unterminated record"
    );
    rows
}

// ---- A strict JSON reader, independent of the writer. ----

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn parse(s: &str) -> Json {
        let mut reader = JsonReader {
            chars: s.chars().collect(),
            at: 0,
        };
        let v = reader.value();
        assert_eq!(reader.at, reader.chars.len(), "trailing text");
        v
    }

    fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(members) => &members.iter().find(|(k, _)| k == key).expect(key).1,
            other => panic!("not an object: {other:?}"),
        }
    }

    fn array(&self) -> &[Json] {
        match self {
            Json::Arr(items) => items,
            other => panic!("not an array: {other:?}"),
        }
    }

    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            other => panic!("not a string: {other:?}"),
        }
    }
}

struct JsonReader {
    chars: Vec<char>,
    at: usize,
}

impl JsonReader {
    fn next(&mut self) -> char {
        let ch = self.chars[self.at];
        self.at += 1;
        ch
    }

    fn expect(&mut self, word: &str) {
        for w in word.chars() {
            assert_eq!(self.next(), w);
        }
    }

    fn value(&mut self) -> Json {
        match self.chars[self.at] {
            'n' => {
                self.expect("null");
                Json::Null
            }
            't' => {
                self.expect("true");
                Json::Bool(true)
            }
            'f' => {
                self.expect("false");
                Json::Bool(false)
            }
            '"' => Json::Str(self.string()),
            '[' => {
                self.next();
                let mut items = Vec::new();
                if self.chars[self.at] == ']' {
                    self.next();
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    match self.next() {
                        ',' => continue,
                        ']' => return Json::Arr(items),
                        c => panic!("unexpected {c:?} in array"),
                    }
                }
            }
            '{' => {
                self.next();
                let mut members = Vec::new();
                if self.chars[self.at] == '}' {
                    self.next();
                    return Json::Obj(members);
                }
                loop {
                    let key = self.string();
                    assert_eq!(self.next(), ':');
                    members.push((key, self.value()));
                    match self.next() {
                        ',' => continue,
                        '}' => return Json::Obj(members),
                        c => panic!("unexpected {c:?} in object"),
                    }
                }
            }
            _ => {
                let start = self.at;
                while self.at < self.chars.len() && "-+.eE0123456789".contains(self.chars[self.at])
                {
                    self.at += 1;
                }
                let text: String = self.chars[start..self.at].iter().collect();
                Json::Num(text.parse().expect("number"))
            }
        }
    }

    fn string(&mut self) -> String {
        assert_eq!(self.next(), '"');
        let mut out = String::new();
        loop {
            match self.next() {
                '"' => return out,
                '\\' => match self.next() {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    '/' => out.push('/'),
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' => {
                        let hex: String = (0..4).map(|_| self.next()).collect();
                        let code = u32::from_str_radix(&hex, 16).expect("hex");
                        out.push(char::from_u32(code).expect("no surrogates here"));
                    }
                    c => panic!("bad escape {c:?}"),
                },
                c if (c as u32) < 0x20 => panic!("raw control character {c:?} in a string"),
                c => out.push(c),
            }
        }
    }
}
