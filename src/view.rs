//! The thin Yew view: components that render what `query` computes, one component per file.

/// The root component: header, section tabs, and the shared filter state.
pub mod app;
/// The interface's own words in both languages (the content's words are in the dataset).
pub mod labels;
