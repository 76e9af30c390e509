//! Who stands behind a claim, in one line: "Source: Nation (Kenya) (wire agency, via Reuters)" / "来源：…".

use crate::model::records::{Citation, Dataset, Lang};
use crate::query::source_label::credit;
use crate::view::labels;

/// The publishers behind `citations`, each once, in citation order, each with its kind of
/// outlet, in [`credit`]'s form.
pub fn publishers(data: &Dataset, citations: &[Citation], lang: Lang) -> Vec<String> {
    let mut seen: Vec<u16> = Vec::new();
    let mut out = Vec::new();
    for c in citations {
        if seen.contains(&c.source) {
            continue;
        }
        seen.push(c.source);
        if let Some(s) = data.sources.get(c.source as usize) {
            out.push(credit(s, lang));
        }
    }
    out
}

/// The publishers joined for one line: "A; B" / "A；B".
pub fn publishers_text(data: &Dataset, citations: &[Citation], lang: Lang) -> String {
    let sep = match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    };
    publishers(data, citations, lang).join(sep)
}

/// "Source: …" / "来源：…", with the plural where there are several publishers.
pub fn source_line(data: &Dataset, citations: &[Citation], lang: Lang) -> String {
    let names = publishers(data, citations, lang);
    let label = if names.len() > 1 {
        labels::SOURCES
    } else {
        labels::SOURCE
    };
    let (colon, sep) = match lang {
        Lang::En => (": ", "; "),
        Lang::Zh => ("：", "；"),
    };
    format!("{}{}{}", label.get(lang), colon, names.join(sep))
}
