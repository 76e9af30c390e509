//! Who stands behind a claim, in one line: "Source: Nation (Kenya), carrying Reuters (wire agency)" / "来源：…".

use crate::model::records::{Citation, Dataset, Lang};
use crate::query::punctuation;
pub use crate::query::sources::source_label::{publishers, publishers_text};
use crate::view::labels;

/// "Source: …" / "来源：…", with the plural where there are several publishers.
pub fn source_line(data: &Dataset, citations: &[Citation], lang: Lang) -> String {
    let names = publishers(data, citations, lang);
    let label = if names.len() > 1 {
        labels::SOURCES
    } else {
        labels::SOURCE
    };
    let p = punctuation::of(lang);
    format!("{}{}{}", label.get(lang), p.colon, names.join(p.semicolon))
}
