//! The options object of `mount()` and `update()`, read into a typed struct. Each option is
//! absent (or null), a string, or a value of another type, which is named in a warning rather
//! than guessed at; an unknown key is a warning too. Nothing here fails.
//!
//! Read with `js_sys::Reflect`, not serde-wasm-bindgen: measured, a serde `Deserialize` of this
//! struct through serde-wasm-bindgen added 15.6 KB gzip to the wasm (263 → 279 KB), more than
//! the whole loader, for the same result.

use wasm_bindgen::{JsCast, JsValue};

/// The option names, as a developer writes them.
pub const NAMES: [&str; 6] = ["lang", "theme", "section", "hashKey", "filter", "search"];

/// `{ lang, theme, section, hashKey, filter, search }`, every one optional.
#[derive(Debug, Default)]
pub struct MountOptions {
    pub lang: Field,
    pub theme: Field,
    pub section: Field,
    pub hash_key: Field,
    pub filter: Field,
    pub search: Field,
}

/// One option's value.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub enum Field {
    /// Missing, `undefined` or `null`: the fallback applies.
    #[default]
    Absent,
    Text(String),
    /// A value that is not a string: "a number", "a boolean", "an object", "an array".
    Other(&'static str),
}

impl MountOptions {
    /// The option named `name` (one of [`NAMES`]).
    pub fn get(&self, name: &str) -> &Field {
        match name {
            "lang" => &self.lang,
            "theme" => &self.theme,
            "section" => &self.section,
            "hashKey" => &self.hash_key,
            "filter" => &self.filter,
            "search" => &self.search,
            _ => unreachable!("{name} is not one of NAMES"),
        }
    }
}

/// Reads `options`; the warnings name each key that is unknown and each value that is not a
/// string. `undefined` and `null` are no options.
pub fn read(options: &JsValue) -> (MountOptions, Vec<String>) {
    let mut warnings = Vec::new();
    if options.is_undefined() || options.is_null() {
        return (MountOptions::default(), warnings);
    }
    if !options.is_object() {
        warnings.push(format!(
            "xhs-explainer: the options must be an object with any of {}; they are ignored.",
            NAMES.join(", ")
        ));
        return (MountOptions::default(), warnings);
    }
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !NAMES.contains(&key.as_str()) {
            warnings.push(format!(
                "xhs-explainer: the option \"{key}\" is not known; use any of {}. It is ignored.",
                NAMES.join(", ")
            ));
        }
    }
    let field = |name: &str| {
        field_of(&js_sys::Reflect::get(options, &JsValue::from_str(name)).unwrap_or_default())
    };
    let read = MountOptions {
        lang: field("lang"),
        theme: field("theme"),
        section: field("section"),
        hash_key: field("hashKey"),
        filter: field("filter"),
        search: field("search"),
    };
    for name in NAMES {
        if let Field::Other(kind) = read.get(name) {
            warnings.push(format!(
                "xhs-explainer: the option {name} must be a string, not {kind}; it is ignored."
            ));
        }
    }
    (read, warnings)
}

/// What a JS value is as an option.
fn field_of(value: &JsValue) -> Field {
    if value.is_undefined() || value.is_null() {
        Field::Absent
    } else if let Some(text) = value.as_string() {
        Field::Text(text)
    } else if value.as_bool().is_some() {
        Field::Other("a boolean")
    } else if value.as_f64().is_some() {
        Field::Other("a number")
    } else if js_sys::Array::is_array(value) {
        Field::Other("an array")
    } else {
        Field::Other("an object")
    }
}
