//! A link to the reader's view: the URL hash kept in step, Copy link and Share, over
//! `query::links`.
//!
//! Open [`hash_sync`] first.

/// Copying a citation, with a fallback when the browser refuses.
pub mod copier;
/// Mirrors the filter state into the URL hash, per instance.
pub mod hash_sync;
/// "Copy link to this view" and "Share…".
pub mod share;
