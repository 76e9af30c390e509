//! Writes the events that the benchmark's peer pages render (TimelineJS and the vanilla-JS page),
//! taken from the dataset compiled into this build, so every page shows the same events: the real
//! data, or `XHS_SYNTHETIC_EVENTS` synthetic ones. Usage: `cargo bench --bench peer_data -- OUT.js`.
//! The file sets `window.BENCH_DATA = {themes, events}`; titles and summaries are the English text.

use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::export::push_json_string;

fn main() {
    let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: cargo bench --bench peer_data -- OUT.js");
        std::process::exit(2);
    };
    let data = dataset();
    let mut out = String::from("window.BENCH_DATA = {\"themes\": [");
    for (ix, theme) in data.themes.iter().enumerate() {
        if ix > 0 {
            out.push(',');
        }
        push_json_string(&mut out, theme.label.get(Lang::En));
    }
    out.push_str("],\n\"events\": [\n");
    for (ix, event) in data.events.iter().enumerate() {
        if ix > 0 {
            out.push_str(",\n");
        }
        let date = event.when.date;
        out.push_str(&format!(
            "{{\"year\": {}, \"month\": {}, \"day\": {}, \"title\": ",
            date.year, date.month, date.day
        ));
        push_json_string(&mut out, event.title.get(Lang::En));
        out.push_str(", \"summary\": ");
        push_json_string(&mut out, event.summary.get(Lang::En));
        let themes: Vec<String> = event.themes.iter().map(|t| t.to_string()).collect();
        out.push_str(&format!(", \"themes\": [{}]}}", themes.join(",")));
    }
    out.push_str("\n]};\n");
    if let Err(error) = std::fs::write(&path, out) {
        eprintln!("peer_data: cannot write {path}: {error}");
        std::process::exit(1);
    }
    println!("peer_data: {} events to {path}", data.events.len());
}
