//! Who stands behind a claim, in one line: "Source: Nation (Kenya), via Reuters" / "来源：…".

use crate::model::records::{Citation, Dataset, Lang};
use crate::view::labels;

/// The publishers behind `citations`, each once, in citation order: "Nation (Kenya), via Reuters".
pub fn publishers(data: &Dataset, citations: &[Citation], lang: Lang) -> Vec<String> {
    let mut seen: Vec<u16> = Vec::new();
    let mut out = Vec::new();
    for c in citations {
        if seen.contains(&c.source) {
            continue;
        }
        seen.push(c.source);
        if let Some(s) = data.sources.get(c.source as usize) {
            out.push(if s.via.is_empty() {
                s.publisher.to_string()
            } else {
                match lang {
                    Lang::En => format!("{}, via {}", s.publisher, s.via),
                    Lang::Zh => format!("{}（转引自{}）", s.publisher, s.via),
                }
            });
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
