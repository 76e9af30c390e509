//! A source as plain text, for the Copy citation button: publisher (via), title, date, URL or
//! seed file, and the verbatim excerpt; and the host name a link shows.
//!
//! The date arrives already written for the reader (the view formats it with `Intl`), so this
//! stays pure and the copied text reads exactly like the page.

use crate::model::records::{Lang, Locator, Source};
use crate::query::punctuation::{self, Punctuation};
use crate::query::sources::source_label::{credit, title_text, ON_FILE, OUR_DESCRIPTION};

/// The host name of an http(s) URL, for a link's visible text: what lies between `://` (or the
/// start) and the first `/`, `?` or `#`.
pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// A plain-text citation: publisher (via), kind, title (a headline in quotes, our description in
/// square brackets), date, URL (or "on file"), and the excerpt in quotes on its own line. `date`
/// is the source's date as the reader sees it.
pub fn citation_text(source: &Source, date: &str, excerpt: Option<&str>, lang: Lang) -> String {
    let mut out = credit(source, lang);
    let Punctuation {
        stop,
        quotes: (open, close),
        square_brackets: (square_open, square_close),
        colon,
        ..
    } = *punctuation::of(lang);
    out.push_str(stop);
    let (title, headline) = title_text(source, lang);
    if headline {
        out.push_str(open);
        out.push_str(title);
        out.push_str(close);
    } else {
        let label = OUR_DESCRIPTION.get(lang);
        out.push_str(&[square_open, label, colon, title, square_close].concat());
    }
    out.push_str(stop);
    out.push_str(date);
    out.push_str(stop);
    match source.locator {
        Locator::Url(url) => out.push_str(url),
        Locator::Seed(_) => out.push_str(ON_FILE.get(lang)),
    }
    if let Some(excerpt) = excerpt {
        out.push('\n');
        out.push_str(open);
        out.push_str(excerpt);
        out.push_str(close);
    }
    out
}
