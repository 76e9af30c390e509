//! What a chart's point says when the keyboard reaches it: its label, its value with the date,
//! and its first source. The arrow keys move between points ([`crate::view::roving`]), and the
//! focused point announces itself.

use crate::model::records::Figure;
use crate::query::punctuation::{self, Punctuation};
use crate::query::sources::source_label::lead_publisher;
use crate::view::app::context::ViewContext;

/// "A · Xiaohongshu · Jan 13: 3 million; Reuters" / "A · 小红书 · 1月13日：300万；路透社".
pub fn point_label(ctx: &ViewContext, head: &str, value: &str, figure: &Figure) -> String {
    let lang = ctx.lang;
    let Punctuation {
        colon,
        semicolon: semi,
        ..
    } = *punctuation::of(lang);
    let source = lead_publisher(ctx.data, figure.citations, lang);
    format!("{head}{colon}{value}{semi}{source}")
}
