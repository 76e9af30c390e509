//! Ways to point at the explainer: a view in the URL hash, and the iframe form's snippets.
//!
//! Open [`view_link`] first (one instance's whole view as a hash part), then [`hash`] (the
//! filter state's compact form, and per-instance scoping). [`frame_form`] writes the iframe
//! snippet and the oEmbed responses at build time.

/// The iframe form, written at build time: frame pages, the iframe snippet, oEmbed responses.
pub mod frame_form;
/// The query state serialised into a URL fragment, and per-instance scoping of the fragment.
pub mod hash;
/// Percent-encoding of UTF-8 text for URL fragments.
pub mod percent;
/// One instance's whole view in its URL-hash part: filters, section, open event, tour step.
pub mod view_link;
