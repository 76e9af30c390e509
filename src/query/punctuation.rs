//! Punctuation between words the interface joins at run time, one set per language: English
//! marks take a space after them, Chinese full-width marks none, and Chinese puts no space
//! between words and digits. Whole sentences with their punctuation are templates in
//! `data/interface.toml`; this is only for the joints between pieces.

use crate::model::records::Lang;

/// The joints one language writes between pieces of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Punctuation {
    /// Between a label and what it labels: ": " / "：".
    pub colon: &'static str,
    /// Between clauses or a name and its qualifier: ", " / "，".
    pub comma: &'static str,
    /// Between items that may contain commas: "; " / "；".
    pub semicolon: &'static str,
    /// Around an aside: " — " / "——".
    pub dash: &'static str,
    /// Between two short facts on one line: " · " / "；".
    pub separator: &'static str,
    /// Between the items of a short list read as one: " and " / "、".
    pub and: &'static str,
    /// Between the items of a list: ", " / "、".
    pub list: &'static str,
    /// Between the fields of a credit line: " · " / "　" (an ideographic space).
    pub field_gap: &'static str,
    /// After a sentence or a citation's field: ". " / "。".
    pub stop: &'static str,
    /// Round brackets around an aside: " (" and ")" / "（" and "）".
    pub brackets: (&'static str, &'static str),
    /// Square brackets around our own words inside a citation: "[" and "]" / "［" and "］".
    pub square_brackets: (&'static str, &'static str),
    /// Quotation marks around a headline or a search: "“" and "”" in both.
    pub quotes: (&'static str, &'static str),
    /// Between a word and the next, or two sentences: " " / "" (Chinese sets none).
    pub gap: &'static str,
}

/// Writes [`EN`] and [`ZH`] from one list, each joint's two forms side by side.
macro_rules! in_both {
    ($($joint:ident: $en:expr, $zh:expr;)*) => {
        /// English: marks followed by a space.
        pub const EN: Punctuation = Punctuation { $($joint: $en,)* };
        /// Simplified Chinese: full-width marks, no spaces.
        pub const ZH: Punctuation = Punctuation { $($joint: $zh,)* };
    };
}

in_both! {
    colon: ": ", "：";
    comma: ", ", "，";
    semicolon: "; ", "；";
    dash: " — ", "——";
    separator: " · ", "；";
    and: " and ", "、";
    list: ", ", "、";
    field_gap: " · ", "\u{3000}";
    stop: ". ", "。";
    brackets: (" (", ")"), ("（", "）");
    square_brackets: ("[", "]"), ("［", "］");
    quotes: ("“", "”"), ("“", "”");
    gap: " ", "";
}

/// The punctuation of `lang`.
pub const fn of(lang: Lang) -> &'static Punctuation {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}
