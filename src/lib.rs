//! xhs-explainer: an embeddable, bilingual explainer of the January 2025 move of US "TikTok
//! refugees" to Xiaohongshu (小红书), as a Yew component compiled to WebAssembly.
//!
//! Layers, each in its own folder: the dataset is validated and compiled in at build time
//! (`data/` → build.rs → [`data`]); [`query`] is a headless filter/search layer with no DOM;
//! [`view`] is a thin set of Yew components rendering what `query` computes; [`embed`] mounts the
//! view into host pages (Shadow DOM, attributes, JS API).

/// Data layer: the bundled dataset as `&'static` records, and lookups over it.
pub mod data;
/// Embed layer: mounting into host pages, embed attributes, the JS API.
pub mod embed;
/// Data layer: record types, and (native only) the TOML schema, validator and code generator.
pub mod model;
/// Headless layer: filter state, reducer, facet counts, search, timeline and clock arithmetic.
pub mod query;
/// The interface's own words in both languages, compiled from `data/interface.toml`.
pub mod strings;
/// View layer: Yew components, one per file.
pub mod view;
