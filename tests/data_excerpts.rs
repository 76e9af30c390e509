//! Every excerpt (and every verbatim quote) appears in the source it cites: the seed article, the
//! epilogue row that gives the source's URL, or a passage of that page copied from its stored
//! copy (`tests/fixtures/stored-passages.toml`, for excerpts wider than the epilogue's). Without
//! `../shared/` these tests fail, unless `XHS_SKIP_SOURCE_CHECKS=1` skips them on purpose.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/sources_text.rs"]
mod sources_text;

use sources_text::{epilogue_rows, normalise, read, shared_or_skip};
use std::collections::HashMap;
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::{Citation, Locator};

/// (item kind and id, citation) for every citation in the dataset.
fn all_citations() -> Vec<(String, Citation)> {
    let data = dataset();
    let mut out = Vec::new();
    for e in data.events {
        out.extend(e.citations.iter().map(|c| (format!("event {}", e.id), *c)));
    }
    for f in data.figures {
        out.extend(f.citations.iter().map(|c| (format!("figure {}", f.id), *c)));
    }
    for v in data.voices {
        out.extend(v.citations.iter().map(|c| (format!("voice {}", v.id), *c)));
    }
    for p in data.platforms {
        out.extend(
            p.citations
                .iter()
                .map(|c| (format!("platform {}", p.id), *c)),
        );
    }
    for s in data.tour {
        out.extend(
            s.citations
                .iter()
                .map(|c| (format!("tour step {}", s.id), *c)),
        );
    }
    out
}

/// (URL, passage) for every passage of `tests/fixtures/stored-passages.toml`.
fn stored_passages() -> Vec<(String, String)> {
    #[derive(serde::Deserialize)]
    struct File {
        passage: Vec<Passage>,
    }
    #[derive(serde::Deserialize)]
    struct Passage {
        url: String,
        text: String,
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/stored-passages.toml"
    );
    let text = std::fs::read_to_string(path).expect("tests/fixtures/stored-passages.toml");
    let file: File = toml::from_str(&text).expect("stored-passages.toml parses");
    file.passage.into_iter().map(|p| (p.url, p.text)).collect()
}

struct Corpus {
    seeds: HashMap<String, String>,
    rows: HashMap<String, Vec<String>>,
}

impl Corpus {
    /// The material, or `None` when the checks against it are skipped on purpose (`SKIP_ENV`).
    fn load(check: &str) -> Option<Corpus> {
        let dir = shared_or_skip(check)?;
        let epilogue = read(&dir.join("sources/epilogue.md"));
        let mut seeds = HashMap::new();
        let folder = dir.join("seeds");
        let entries =
            std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
                .path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            seeds.insert(name, normalise(&read(&path)));
        }
        let mut rows: HashMap<String, Vec<String>> = epilogue_rows(&epilogue)
            .into_iter()
            .map(|(url, lines)| (url, lines.iter().map(|l| normalise(l)).collect()))
            .collect();
        for (url, text) in stored_passages() {
            rows.entry(url).or_default().push(normalise(&text));
        }
        Some(Corpus { seeds, rows })
    }

    /// Where `needle` should be found for a citation of `source`, or why it cannot be.
    fn contains(&self, source: &Locator, needle: &str) -> Result<(), String> {
        let needle = normalise(needle);
        match source {
            Locator::Seed(name) => match self.seeds.get(*name) {
                None => Err(format!("seed {name} does not exist")),
                Some(text) if text.contains(&needle) => Ok(()),
                Some(_) => Err(format!("not found in seed {name}")),
            },
            Locator::Url(url) => match self.rows.get(*url) {
                None => Err(format!("no epilogue row gives {url}")),
                Some(lines) if lines.iter().any(|l| l.contains(&needle)) => Ok(()),
                Some(_) => Err(format!("not found in the epilogue row(s) for {url}")),
            },
        }
    }
}

#[test]
fn every_excerpt_is_verbatim_in_its_source() {
    let Some(corpus) = Corpus::load("the excerpt check") else {
        return;
    };
    let data = dataset();
    let mut failures = Vec::new();
    let cites = all_citations();
    assert!(
        cites.len() > 50,
        "expected the real dataset, got {} citations",
        cites.len()
    );
    for (item, c) in &cites {
        let source = &data.sources[c.source as usize];
        if let Err(why) = corpus.contains(&source.locator, c.excerpt) {
            failures.push(format!(
                "{item}: source {}: {:?}: {why}",
                source.id, c.excerpt
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} excerpt(s) not verbatim:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_verbatim_quote_is_in_its_cited_source() {
    let Some(corpus) = Corpus::load("the verbatim-quote check") else {
        return;
    };
    let data = dataset();
    let mut failures = Vec::new();
    for v in data.voices.iter().filter(|v| v.verbatim) {
        // "…" marks words left out: each part must be in the source, in one of the cited ones.
        let parts: Vec<&str> = v
            .text
            .split('…')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let found = parts.iter().all(|part| {
            v.citations.iter().any(|c| {
                corpus
                    .contains(&data.sources[c.source as usize].locator, part)
                    .is_ok()
            })
        });
        if !found {
            failures.push(format!("voice {}: {:?}", v.id, v.text));
        }
    }
    assert!(
        failures.is_empty(),
        "verbatim quotes not in their sources:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_seed_and_every_epilogue_page_is_a_source() {
    let Some(corpus) = Corpus::load("the sources-coverage check") else {
        return;
    };
    let data = dataset();
    let have: Vec<String> = data
        .sources
        .iter()
        .map(|s| match s.locator {
            Locator::Url(u) | Locator::Seed(u) => u.to_string(),
        })
        .collect();
    let mut missing: Vec<&String> = corpus.seeds.keys().filter(|s| !have.contains(s)).collect();
    let table_urls: Vec<&String> = corpus
        .rows
        .iter()
        .filter(|(_, lines)| lines.iter().any(|l| l.starts_with('|')))
        .map(|(u, _)| u)
        .collect();
    missing.extend(table_urls.into_iter().filter(|u| !have.contains(u)));
    missing.sort();
    assert!(missing.is_empty(), "not in data/sources.toml: {missing:?}");
}

#[test]
fn the_epilogue_parser_resolves_same_and_above_rows() {
    let text = "| Date | Fact | Source URL | Publisher | Excerpt |\n|---|---|---|---|---|\n\
        | 1 | a | https://a.example/x | Alpha [R] | \"one\" |\n\
        | 2 | b | same | Alpha [R] | \"two\" |\n\
        | 3 | c | https://b.example/y | Beta | \"three\" |\n\
        | 4 | d | Alpha URL above | [R] | \"four\" |\n\
        5. Caveat text \"five\" (https://c.example/z).\n\
        6. Beta's readout (same Beta page) says \"six\".\n";
    let rows = epilogue_rows(text);
    assert_eq!(rows["https://a.example/x"].len(), 3);
    assert!(rows["https://a.example/x"][2].contains("four"));
    assert_eq!(rows["https://b.example/y"].len(), 2);
    assert!(rows["https://b.example/y"][1].contains("six"));
    assert!(rows["https://c.example/z"][0].contains("five"));
}
