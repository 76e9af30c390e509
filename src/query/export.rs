//! CSV and JSON export of the current selection (the visible events, figures and voices), written
//! by hand to keep serde out of the wasm.
//!
//! Reader-facing text is taken in the requested language; a voice's words are exported as said
//! (`text`) beside our translation, since a quote must not be replaced by its translation.
//! Every item keeps its citations (source id and verbatim excerpt), so an export stays checkable.

use crate::model::records::{Citation, Dataset, Lang, When};

use super::filters::item::Item;
use super::filters::visible::Visible;
use super::iso_date::push_date;

/// The CSV header, in column order.
pub const CSV_COLUMNS: [&str; 12] = [
    "kind",
    "id",
    "date",
    "until",
    "precision",
    "title",
    "text",
    "translation",
    "qualifier",
    "value",
    "unit",
    "citations",
];

/// A byte-order mark to prepend when the CSV is meant for Excel, which otherwise misreads UTF-8
/// (and so the Chinese text). Not added by [`to_csv`].
pub const CSV_BOM: &str = "\u{FEFF}";

/// The visible items as RFC 4180 CSV: a header row, then one row per item (events, figures, then
/// voices), records ending in CRLF. `title` is an event's title, a figure's measure or a voice's
/// speaker; `text` an event's summary or a voice's words; `citations` one line per citation,
/// `source-id: excerpt`.
pub fn to_csv(data: &Dataset, visible: &Visible, lang: Lang) -> String {
    let mut out = String::new();
    push_csv_record(&mut out, CSV_COLUMNS.iter().map(|c| c.to_string()));
    for (_, item) in visible.items(data) {
        let mut row: Vec<String> = Vec::with_capacity(CSV_COLUMNS.len());
        row.push(item.kind().key().to_string());
        row.push(item.id().to_string());
        let (when, until) = match item {
            Item::Event(e) => (e.when, e.until),
            Item::Figure(f) => (f.as_of, None),
            Item::Voice(v) => (v.when, None),
        };
        row.push(date_text(when));
        row.push(until.map(date_text).unwrap_or_default());
        row.push(when.precision.name().to_string());
        let (title, text, translation) = match item {
            Item::Event(e) => (e.title.get(lang), e.summary.get(lang), ""),
            Item::Figure(f) => (f.measure.get(lang), "", ""),
            Item::Voice(v) => (v.speaker.get(lang), v.text, v.translation),
        };
        row.extend([title, text, translation].map(String::from));
        match item {
            Item::Figure(f) => {
                row.push(f.qualifier.name().to_string());
                row.push(number_text(f.value).unwrap_or_default());
                row.push(f.unit.name().to_string());
            }
            _ => row.extend([String::new(), String::new(), String::new()]),
        }
        let mut cites = String::new();
        for (i, c) in item.citations().iter().enumerate() {
            if i > 0 {
                cites.push('\n');
            }
            cites.push_str(source_id(data, c));
            cites.push_str(": ");
            cites.push_str(c.excerpt);
        }
        row.push(cites);
        push_csv_record(&mut out, row);
    }
    out
}

/// Appends one CSV record (fields joined by `,`, ended by CRLF).
pub fn push_csv_record<I: IntoIterator<Item = String>>(out: &mut String, fields: I) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_csv_field(out, &field);
    }
    out.push_str("\r\n");
}

/// Appends one CSV field: as is, or quoted with inner quotes doubled if it contains a comma, a
/// quote, CR or LF (RFC 4180). Leading or trailing spaces are kept; RFC 4180 preserves them.
pub fn push_csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        for c in field.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// The visible items as one JSON object:
///
/// ```text
/// {"lang":"en",
///  "events":[{"id","date","until"|null,"precision","title","summary","citations":[…]}],
///  "figures":[{"id","date","precision","measure","qualifier","value"|null,"unit","platform",
///              "citations":[…]}],
///  "voices":[{"id","date","precision","speaker","role","affiliation","lang","text",
///             "translation","verbatim","citations":[…]}]}
/// ```
///
/// with each citation `{"source":"<source id>","excerpt":"…"}`. Compact, no whitespace.
pub fn to_json(data: &Dataset, visible: &Visible, lang: Lang) -> String {
    let mut out = String::from("{\"lang\":");
    push_json_string(&mut out, lang.tag());
    push_json_array(&mut out, "events", &visible.events, |obj, ix| {
        let event = &data.events[ix];
        obj.string("id", event.id);
        obj.string("date", &date_text(event.when));
        match event.until {
            Some(u) => obj.string("until", &date_text(u)),
            None => obj.raw("until", "null"),
        }
        obj.string("precision", event.when.precision.name());
        obj.string("title", event.title.get(lang));
        obj.string("summary", event.summary.get(lang));
        obj.citations(data, event.citations);
    });
    push_json_array(&mut out, "figures", &visible.figures, |obj, ix| {
        let figure = &data.figures[ix];
        obj.string("id", figure.id);
        obj.string("date", &date_text(figure.as_of));
        obj.string("precision", figure.as_of.precision.name());
        obj.string("measure", figure.measure.get(lang));
        obj.string("qualifier", figure.qualifier.name());
        obj.raw(
            "value",
            number_text(figure.value).as_deref().unwrap_or("null"),
        );
        obj.string("unit", figure.unit.name());
        let platform = data
            .platforms
            .get(figure.platform as usize)
            .map_or("", |p| p.id);
        obj.string("platform", platform);
        obj.citations(data, figure.citations);
    });
    push_json_array(&mut out, "voices", &visible.voices, |obj, ix| {
        let voice = &data.voices[ix];
        obj.string("id", voice.id);
        obj.string("date", &date_text(voice.when));
        obj.string("precision", voice.when.precision.name());
        obj.string("speaker", voice.speaker.get(lang));
        obj.string("role", voice.role.get(lang));
        obj.string("affiliation", voice.affiliation.get(lang));
        obj.string("lang", voice.lang.tag());
        obj.string("text", voice.text);
        obj.string("translation", voice.translation);
        obj.raw("verbatim", if voice.verbatim { "true" } else { "false" });
        obj.citations(data, voice.citations);
    });
    out.push('}');
    out
}

/// Appends `,"key":[{…},…]`, one object per index, its members written by `member`.
fn push_json_array(
    out: &mut String,
    key: &str,
    indices: &[usize],
    mut member: impl FnMut(&mut JsonObject, usize),
) {
    out.push(',');
    push_json_string(out, key);
    out.push_str(":[");
    for (n, &ix) in indices.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        let mut obj = JsonObject::open(out);
        member(&mut obj, ix);
        obj.close();
    }
    out.push(']');
}

/// Appends `s` as a JSON string literal: `"` and `\` escaped, `\n` `\r` `\t` as such, every other
/// control character (and U+2028/U+2029, which break JavaScript string literals) as `\u00XX`.
pub fn push_json_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xF] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes the members of one JSON object, commas included.
struct JsonObject<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> JsonObject<'a> {
    fn open(out: &'a mut String) -> JsonObject<'a> {
        out.push('{');
        JsonObject { out, first: true }
    }

    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        push_json_string(self.out, key);
        self.out.push(':');
    }

    fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        push_json_string(self.out, value);
    }

    /// A value already in JSON syntax (number, boolean, null).
    fn raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.out.push_str(json);
    }

    fn citations(&mut self, data: &Dataset, citations: &[Citation]) {
        self.key("citations");
        self.out.push('[');
        for (i, c) in citations.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            let mut obj = JsonObject::open(self.out);
            obj.string("source", source_id(data, c));
            obj.string("excerpt", c.excerpt);
            obj.close();
        }
        self.out.push(']');
    }

    fn close(self) {
        self.out.push('}');
    }
}

fn source_id(data: &Dataset, citation: &Citation) -> &'static str {
    data.sources
        .get(citation.source as usize)
        .map_or("", |s| s.id)
}

fn date_text(when: When) -> String {
    let mut out = String::with_capacity(10);
    push_date(when.date, &mut out);
    out
}

/// A finite number in the shortest form that reads back exactly; `None` for NaN and infinities,
/// which JSON cannot hold.
fn number_text(value: f64) -> Option<String> {
    value.is_finite().then(|| super::svg_number::plain(value))
}
