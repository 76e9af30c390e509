//! Build-time check and code generation for `data/interface.toml`, the interface's own words.
//!
//! Each table is one view file; each key is one bilingual string, compiled by build.rs into a
//! `Text` constant `strings::<table>::<KEY>`, or, when it has placeholders, into a typed
//! function `strings::<table>::<key>(lang, …)`. A malformed entry fails the build with a
//! message naming file, item and field, like the content files.
//!
//! A placeholder is `{name}` (text the caller formats: `&str`), `{name|one|other}` (English
//! words chosen by a count: then `name` is a `Count`, and `{name}` shows its text) or
//! `{name:n}` (a count shown, where no words are chosen by it). Text placeholders are in both
//! languages; a count may be absent from one, since languages count differently ("A and 2
//! others" / "A等3个来源").
//!
//! A generated function hands [`crate::strings::fill`] its language's template with each
//! placeholder replaced by one marker byte ([`FIRST_SLOT`] and up), and one list of the slots
//! both languages fill: one shared loop, not one concatenation per template and language, which
//! cost 5.3 KB gzip of wasm (measured on the release build, 4 December 2026).

use super::input::TextIn;
use super::validate::{markup_in, toml_message, Problem};
use std::collections::BTreeMap;

/// The file's name under `data/`, as problems report it.
pub const FILE: &str = "interface.toml";

/// The byte that stands for a template's first slot in generated code; the next [`SLOTS`] - 1
/// bytes stand for the others. Control characters no text of ours has (a build error names one
/// that does).
pub const FIRST_SLOT: u8 = 0x10;
/// How many slots one template may have.
pub const SLOTS: usize = 16;

/// The parsed file: table → key → text, in name order (the generated code's order).
pub type Words = BTreeMap<String, BTreeMap<String, TextIn>>;

/// Parses and checks the file; every problem at once.
pub fn check(text: &str) -> Result<Words, Vec<Problem>> {
    let words: Words =
        toml::from_str(text).map_err(|e| vec![problem("-", "-", toml_message(&e))])?;
    let mut problems = Vec::new();
    for (table, entries) in &words {
        if !is_name(table) {
            problems.push(problem(
                &format!("[{table}]"),
                "-",
                "table names are a view file's name in snake_case".to_string(),
            ));
        }
        for (key, text) in entries {
            let item = format!("{table}.{key}");
            if !is_name(key) {
                problems.push(problem(
                    &item,
                    "-",
                    "keys are snake_case (they become constant names)".to_string(),
                ));
            }
            for (lang, value) in [("en", &text.en), ("zh-Hans", &text.zh)] {
                let message = match value.as_deref() {
                    None => Some("is missing".to_string()),
                    Some(s) if s.trim().is_empty() => Some("is empty".to_string()),
                    Some(s) => markup_in(s)
                        .map(|m| format!("contains raw markup {m:?}"))
                        .or_else(|| pieces(s).err()),
                };
                if let Some(message) = message {
                    problems.push(problem(&item, lang, message));
                }
            }
            if let (Some(en), Some(zh)) = (text.en.as_deref(), text.zh.as_deref()) {
                if let Err((field, message)) = arguments(en, zh) {
                    problems.push(problem(&item, field, message));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(words)
    } else {
        Err(problems)
    }
}

/// One part of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words shown as written.
    Words(String),
    /// `{name}` (false) or `{name:n}` (true, a count): an argument's text.
    Arg(String, bool),
    /// `{name|one|other}`: `one` when the count `name` is exactly 1, `other` otherwise.
    Plural(String, String, String),
}

/// An argument of a template's function: its name and whether it is a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argument {
    pub name: String,
    pub count: bool,
}

/// A template's parts; an error says what is wrong with a brace.
pub fn pieces(text: &str) -> Result<Vec<Piece>, String> {
    if let Some(c) = text.chars().find(|&c| is_slot_marker(c)) {
        return Err(format!(
            "has the control character U+{:04X}, which generated code uses to mark a placeholder",
            c as u32
        ));
    }
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!(
                "has a `}}` that closes nothing at {:?}",
                &rest[..=open]
            ));
        }
        if open > 0 {
            out.push(Piece::Words(rest[..open].to_string()));
        }
        let inside = &rest[open + 1..];
        let close = inside
            .find('}')
            .ok_or_else(|| format!("has a `{{` that is never closed: {:?}", &rest[open..]))?;
        let body = &inside[..close];
        let parts: Vec<&str> = body.split('|').collect();
        let (name, count) = match parts[0].strip_suffix(":n") {
            Some(name) if parts.len() == 1 => (name, true),
            _ => (parts[0], false),
        };
        if !is_name(name) {
            return Err(format!(
                "has a placeholder {{{body}}} whose name is not snake_case (placeholders are {{name}}, {{name:n}} or {{name|one|other}})"
            ));
        }
        out.push(match parts[..] {
            [_] => Piece::Arg(name.to_string(), count),
            [_, one, other] if !one.is_empty() && !other.is_empty() && !one.contains('{') => {
                Piece::Plural(name.to_string(), one.to_string(), other.to_string())
            }
            _ => {
                return Err(format!(
                    "has a placeholder {{{body}}} that is not {{name}}, {{name:n}} or {{name|one|other}}"
                ))
            }
        });
        rest = &inside[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Words(rest.to_string()));
    }
    Ok(out)
}

/// The arguments of a template in both languages, in the order English first names them; an
/// error gives the language at fault and why: a text placeholder missing from one language.
pub fn arguments(en: &str, zh: &str) -> Result<Vec<Argument>, (&'static str, String)> {
    let (Ok(en_pieces), Ok(zh_pieces)) = (pieces(en), pieces(zh)) else {
        return Ok(Vec::new()); // Reported by `pieces` itself.
    };
    let mut args: Vec<Argument> = Vec::new();
    for piece in en_pieces.iter().chain(&zh_pieces) {
        let (name, count) = match piece {
            Piece::Words(_) => continue,
            Piece::Arg(name, count) => (name, *count),
            Piece::Plural(name, ..) => (name, true),
        };
        match args.iter_mut().find(|a| &a.name == name) {
            Some(a) => a.count |= count,
            None => args.push(Argument {
                name: name.clone(),
                count,
            }),
        }
    }
    let uses = |these: &[Piece], name: &str| {
        these.iter().any(|p| match p {
            Piece::Arg(n, _) | Piece::Plural(n, ..) => n == name,
            Piece::Words(_) => false,
        })
    };
    let (slots, _) = marked(en, zh, &args);
    if slots.len() > SLOTS {
        return Err((
            "en",
            format!(
                "has {} placeholders and plural words; a template may have {SLOTS}",
                slots.len()
            ),
        ));
    }
    for a in args.iter().filter(|a| !a.count) {
        for (lang, other, these) in [("zh-Hans", "en", &zh_pieces), ("en", "zh-Hans", &en_pieces)] {
            if !uses(these, &a.name) {
                return Err((
                    lang,
                    format!("lacks the placeholder {{{}}} that `{other}` has", a.name),
                ));
            }
        }
    }
    Ok(args)
}

/// Rust source: one module per table, one `Text` constant per key without placeholders and one
/// function per key with them.
pub fn generate(words: &Words) -> String {
    let mut out = String::from("// Generated by build.rs from data/interface.toml.\n");
    out.push_str(&format!(
        "/// The marker byte of a template's first slot (`model::interface`).\npub const FIRST_SLOT: u8 = {FIRST_SLOT};\n/// How many slots a template may have.\npub const SLOTS: usize = {SLOTS};\n"
    ));
    for (table, entries) in words {
        out.push_str(&format!(
            "pub mod {table} {{\n    #[allow(unused_imports)]\n    use crate::model::records::{{Lang, Text}};\n    #[allow(unused_imports)]\n    use crate::strings::Count;\n"
        ));
        for (key, text) in entries {
            let en = text.en.as_deref().unwrap_or_default();
            let zh = text.zh.as_deref().unwrap_or_default();
            let args = arguments(en, zh).unwrap_or_default();
            if args.is_empty() {
                out.push_str(&format!(
                    "    pub const {}: Text = Text {{ en: {en:?}, zh: {zh:?} }};\n",
                    key.to_ascii_uppercase()
                ));
                continue;
            }
            let params: Vec<String> = args
                .iter()
                .map(|a| format!("{}: {}", a.name, if a.count { "Count" } else { "&str" }))
                .collect();
            let (slots, templates) = marked(en, zh, &args);
            // Count arguments only Chinese names (no plural) are still named.
            let unused: Vec<String> = args
                .iter()
                .filter(|a| {
                    !slots
                        .iter()
                        .any(|s| s == &a.name || s.starts_with(&format!("{}.", a.name)))
                })
                .map(|a| format!("        let _ = {};\n", a.name))
                .collect();
            out.push_str(&format!(
                "    /// {en:?}\n    pub fn {key}(lang: Lang, {}) -> String {{\n{}        crate::strings::fill(match lang {{ Lang::En => {:?}, Lang::Zh => {:?} }}, &[{}])\n    }}\n",
                params.join(", "),
                unused.concat(),
                templates[0],
                templates[1],
                slots.join(", ")
            ));
        }
        out.push_str("}\n");
    }
    out
}

/// Every slot either language fills, in one list: an argument (a count's text), or a count's
/// English word, as the Rust expression that fills it; and the English and Chinese templates
/// with each placeholder replaced by its slot's marker byte. The generator writes these, and
/// [`arguments`] refuses a template with more than [`SLOTS`] of them.
fn marked(en: &str, zh: &str, args: &[Argument]) -> (Vec<String>, [String; 2]) {
    let mut slots: Vec<String> = Vec::new();
    let templates = [en, zh].map(|template| {
        let mut marked = String::new();
        for p in pieces(template).unwrap_or_default() {
            let slot = match p {
                Piece::Words(w) => {
                    marked.push_str(&w);
                    continue;
                }
                Piece::Arg(name, _) if args.iter().any(|a| a.count && a.name == name) => {
                    format!("{name}.text")
                }
                Piece::Arg(name, _) => name,
                Piece::Plural(name, one, other) => format!("{name}.pick({one:?}, {other:?})"),
            };
            let at = slots.iter().position(|s| *s == slot).unwrap_or_else(|| {
                slots.push(slot);
                slots.len() - 1
            });
            // Past SLOTS, `arguments` has refused the template; never a byte out of range.
            marked.push(char::from(FIRST_SLOT + at.min(SLOTS - 1) as u8));
        }
        marked
    });
    (slots, templates)
}

/// Whether `c` is one of the bytes that mark a slot.
pub fn is_slot_marker(c: char) -> bool {
    (FIRST_SLOT as u32..FIRST_SLOT as u32 + SLOTS as u32).contains(&(c as u32))
}

fn is_name(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn problem(item: &str, field: &str, message: String) -> Problem {
    Problem {
        file: FILE.to_string(),
        item: item.to_string(),
        field: field.to_string(),
        message,
    }
}
