//! The tables in `docs/` that tools write (`scripts/write-table.py`, called by
//! `scripts/check-dist.sh` and `make bench`): each is the one its tool last measured on this
//! machine, recorded in `target/tables/`, so that no figure in the docs is a stale hand copy.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Each `<!-- table NAME: … -->` … `<!-- end of table NAME -->` section of `text`.
fn marked(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("<!-- table ") {
        let after = &rest[start + "<!-- table ".len()..];
        let name = after.split(':').next().unwrap().to_owned();
        let body_start = after.find("-->\n").expect("a marker ends with -->") + 4;
        let end = format!("<!-- end of table {name} -->");
        let body_end = after
            .find(&end)
            .unwrap_or_else(|| panic!("no '{end}' after the table {name}"));
        out.push((name, after[body_start..body_end].to_owned()));
        rest = &after[body_end..];
    }
    out
}

#[test]
fn every_written_table_is_its_tools_last_measurement() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seen = Vec::new();
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (name, body) in marked(&text) {
            seen.push(name.clone());
            let record = root.join("target/tables").join(format!("{name}.md"));
            match std::fs::read_to_string(&record) {
                Ok(last) if last != body => stale.push(format!(
                    "{}: the table {name} is not the last one measured here ({}); run the tool \
                     that writes it (scripts/check-dist.sh for size, make bench for bench) and \
                     keep its change",
                    path.strip_prefix(root).unwrap().display(),
                    record.strip_prefix(root).unwrap().display()
                )),
                Ok(_) => {}
                Err(_) => eprintln!("no record of the table {name} on this machine yet"),
            }
        }
    }
    seen.sort();
    assert_eq!(seen, ["bench", "size"], "the tables docs/ should carry");
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn the_markers_are_read_as_written() {
    let text = "a\n<!-- table t: by x -->\n| 1 |\n<!-- end of table t -->\nb";
    assert_eq!(marked(text), [("t".to_owned(), "| 1 |\n".to_owned())]);
}
