//! Benchmark of the headless query layer on the compiled-in dataset; prints figures, asserts
//! nothing. Run at scale with `XHS_SYNTHETIC_EVENTS=10000 cargo bench --bench query`
//! (scripts/bench.sh does this for every size).

use std::hint::black_box;
use std::time::{Duration, Instant};
use xhs_explainer::data::dataset;
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::export::to_csv;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::counts::FacetCounts;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::search::SearchIndex;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::iso_date::parse_date;

/// Median wall time of `f` over enough runs to take about `budget`.
fn median(budget: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_nanos(50));
    let runs = (budget.as_nanos() / once.as_nanos()).clamp(5, 2_000) as usize;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let data = dataset();
    let budget = Duration::from_millis(300);
    let index = SearchIndex::new(data);
    let queries: Vec<(&str, Query)> = vec![
        ("no filter", Query::default()),
        (
            "search \"tiktok refugee\"",
            Query::from_actions([Action::SetText("tiktok refugee".into())]),
        ),
        (
            "search \"小红书\"",
            Query::from_actions([Action::SetText("小红书".into())]),
        ),
        (
            "theme chip + platform chip",
            Query::from_actions([
                Action::Toggle(Facet::Theme, 0),
                Action::Toggle(Facet::Platform, 1),
            ]),
        ),
        (
            "date range (Jan 2025)",
            Query::from_actions([Action::SetRange(
                parse_date("2025-01-01"),
                parse_date("2025-01-31"),
            )]),
        ),
    ];
    println!(
        "Query layer, native, median: {} events, {} figures, {} voices",
        data.events.len(),
        data.figures.len(),
        data.voices.len()
    );
    println!("| step | visible subset | facet counts |");
    println!("|---|---|---|");
    let t = median(budget, || {
        black_box(SearchIndex::new(data));
    });
    println!(
        "| build the search index (once) | {:.3} ms | |",
        t.as_secs_f64() * 1e3
    );
    for (name, q) in &queries {
        let visible = median(budget, || {
            black_box(q.visible(data, &index));
        });
        let counts = median(budget, || {
            black_box(FacetCounts::compute(q, data, &index));
        });
        println!(
            "| {name} | {:.3} ms | {:.3} ms |",
            visible.as_secs_f64() * 1e3,
            counts.as_secs_f64() * 1e3
        );
    }
    let all = Query::default().visible(data, &index);
    let t = median(budget, || {
        black_box(to_csv(data, &all, Lang::En));
    });
    println!(
        "| export everything as CSV | {:.3} ms | |",
        t.as_secs_f64() * 1e3
    );
}
