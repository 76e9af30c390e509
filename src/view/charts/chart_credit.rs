//! The line under a chart that names its sources and its date: "Sources: Entering China; NBC
//! News · As of: January 13, 2025 to January 14, 2025". Downloads draw the same line into the
//! image.

use crate::model::records::{Figure, When};
use crate::query::punctuation::{self, Punctuation};
use crate::query::sources::source_label::publisher_names;
use crate::view::app::context::ViewContext;
use crate::view::intl;
use crate::view::labels::{SOURCE, SOURCES};
use crate::view::strings::figure_group::AS_OF;

/// The credit for a chart of `figures`: every outlet once, then the first and last dates.
pub fn chart_credit(ctx: &ViewContext, figures: &[&Figure]) -> String {
    let lang = ctx.lang;
    let names = publisher_names(ctx.data, figures.iter().flat_map(|f| f.citations), lang);
    let dates = figures.iter().map(|f| f.as_of);
    let first = dates.clone().min_by_key(|w| w.date);
    let last = dates.max_by_key(|w| w.date);
    let Punctuation {
        colon,
        semicolon: sep,
        field_gap: dot,
        ..
    } = *punctuation::of(lang);
    let label = if names.len() > 1 { SOURCES } else { SOURCE };
    let mut out = format!("{}{colon}{}", label.get(lang), names.join(sep));
    if let (Some(first), Some(last)) = (first, last) {
        let until: Option<When> = (last.date != first.date).then_some(last);
        out.push_str(dot);
        out.push_str(AS_OF.get(lang));
        out.push_str(colon);
        out.push_str(&intl::span(first, until, lang));
    }
    out
}
