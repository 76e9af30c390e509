//! Reads the source material in `../shared/` (seeds and the epilogue table) for excerpt checks.
#![allow(dead_code)] // each test file uses a different subset

use std::collections::HashMap;
use std::path::PathBuf;

pub fn shared_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// Set to 1 to run the native tests without the source material: the checks against it are then
/// skipped, each saying so. Without it a missing `../shared` fails them, so that a fact check
/// can never pass because its material was not there.
pub const SKIP_ENV: &str = "XHS_SKIP_SOURCE_CHECKS";

/// `../shared` if it holds the source material; `None` (with a line saying what is not checked)
/// only when `XHS_SKIP_SOURCE_CHECKS=1`; otherwise the test fails, naming what is missing.
pub fn shared_or_skip(check: &str) -> Option<PathBuf> {
    let dir = shared_dir();
    let epilogue = dir.join("sources/epilogue.md");
    if epilogue.is_file() && dir.join("seeds").is_dir() {
        return Some(dir);
    }
    if std::env::var(SKIP_ENV).as_deref() == Ok("1") {
        eprintln!(
            "{SKIP_ENV}=1: {check} not run ({} is absent)",
            epilogue.display()
        );
        return None;
    }
    panic!(
        "{check} needs the source material: {} or {}/seeds is missing. Put the shared folder \
         beside the checkout, or set {SKIP_ENV}=1 to skip the checks against it",
        epilogue.display(),
        dir.display()
    );
}

/// A file of the source material, or a failure naming it.
pub fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whitespace collapsed and curly quotes made straight: the only differences an excerpt may have.
pub fn normalise(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '‟' | '″' => '"',
            '‘' | '’' | '‚' | '‛' | '′' => '\'',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each epilogue line that names a source page, keyed by the URL it belongs to. Table rows whose
/// URL cell says "same" belong to the row above; "X URL above" to the earlier row published by X.
pub fn epilogue_rows(text: &str) -> HashMap<String, Vec<String>> {
    let mut rows: HashMap<String, Vec<String>> = HashMap::new();
    let mut previous: Option<String> = None;
    let mut by_publisher: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let is_row = line.starts_with('|') && cells.len() >= 6 && !cells[1].starts_with("---");
        if is_row && cells[1] != "Date" {
            let (url_cell, publisher) = (cells[3], cells[4]);
            let url = if let Some(u) = first_url(url_cell) {
                Some(u)
            } else if url_cell == "same" {
                previous.clone()
            } else if let Some(name) = url_cell.strip_suffix("URL above") {
                let name = name.trim();
                by_publisher
                    .iter()
                    .find(|(p, _)| p.starts_with(name))
                    .map(|(_, u)| u.clone())
            } else {
                None
            };
            if let Some(u) = url {
                rows.entry(u.clone()).or_default().push(line.to_string());
                by_publisher.push((publisher.to_string(), u.clone()));
                previous = Some(u);
            }
        } else if !line.starts_with('|') {
            // Prose lines (the caveats) that cite a page inline, or as "(same X page)".
            if let Some(name) = line
                .split("(same ")
                .nth(1)
                .and_then(|rest| rest.split(" page)").next())
            {
                if let Some((_, u)) = by_publisher.iter().find(|(p, _)| p.starts_with(name)) {
                    rows.entry(u.clone()).or_default().push(line.to_string());
                }
            }
            // A quoted phrase followed by "(Publisher)" of an earlier row: that phrase only.
            for (phrase, name) in attributed_quotes(line) {
                if let Some((_, u)) = by_publisher
                    .iter()
                    .find(|(p, _)| name.len() >= 4 && p.starts_with(name))
                {
                    rows.entry(u.clone()).or_default().push(phrase.to_string());
                }
            }
            let mut rest = line;
            while let Some(u) = first_url(rest) {
                rows.entry(u.clone()).or_default().push(line.to_string());
                rest = &rest[rest.find(&u).unwrap() + u.len()..];
            }
        }
    }
    rows
}

/// Each `"quoted phrase" (Name…)` in a prose line, as (phrase, name before any comma).
fn attributed_quotes(line: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for (open, _) in line.match_indices("\" (") {
        let Some(start) = line[..open].rfind('"') else {
            continue;
        };
        let rest = &line[open + 3..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let name = rest[..close].split(',').next().unwrap_or("").trim();
        out.push((&line[start + 1..open], name));
    }
    out
}

fn first_url(text: &str) -> Option<String> {
    let start = text.find("https://").or_else(|| text.find("http://"))?;
    let url: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ')' | '|' | ','))
        .collect();
    Some(url)
}
