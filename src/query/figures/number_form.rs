//! Whether a count is written in words or in digits, as each language groups digits: English
//! "170 million" but "700,000"; Chinese "70万" from ten thousand up. The formatting itself is
//! the browser's `Intl` (in the view); this only decides which form to ask for.

use crate::model::records::Lang;

/// Whether a count reads better in words ("170 million", "70万") than in digits ("700,000"):
/// English from a million, Chinese from 万 (ten thousand).
pub fn prefers_compact(value: f64, lang: Lang) -> bool {
    match lang {
        Lang::En => value.abs() >= 1_000_000.0,
        Lang::Zh => value.abs() >= 10_000.0,
    }
}
