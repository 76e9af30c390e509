//! Sources as a reader meets them: how each is named, which items cite it, the citation to
//! copy, and the corrections log.
//!
//! Open [`source_label`] first (outlet, kind of outlet, headline or our description).

/// Plain-text citations for copying, and the host a source link shows.
pub mod citation_text;
/// Which items cite each source, and which sources the visible items cite.
pub mod cited_by;
/// The corrections log's item references, named for the reader.
pub mod corrections;
/// How a source is named: outlet or "unnamed", kind of outlet, headline or our description.
pub mod source_label;
