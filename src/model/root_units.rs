//! Build-time: `rem` in the widget's stylesheets becomes the widget's own root size, so that a
//! host page's `html { font-size: 62.5% }` cannot shrink the widget.
//!
//! Inside a shadow root `rem` is still the host document's `<html>` font size. The stylesheets
//! are written in `rem` (readable, one type scale); the build rewrites each `<number>rem` into
//! `calc(<number>*var(--xhs-r))`, where `--xhs-r` is the widget's root size, set on `:host` from
//! the host's `--xhs-font-size` or 16px (www/styles/00-base.css).
//!
//! At-rule conditions cannot hold `var()`, so they are treated apart: a `@media` condition keeps
//! its `rem`, which there means the browser's initial font size and never the page's; an
//! `@container` condition, where `rem` would be the host's `<html>` size, gets pixels at 16px to
//! the rem. Nothing else changes.

/// The pixels of one rem in an `@container` condition: the widget's default root size.
const CONTAINER_REM_PX: f64 = 16.0;

/// `css` with every `<number>rem` length in a declaration as a multiple of `var(--xhs-r)`, every
/// one in an `@container` condition in pixels, and those in other at-rule conditions as they
/// were. A `rem` that ends an identifier or is followed by more of one (`.xhs-rem`, `2remx`) is
/// left alone.
pub fn root_relative(css: &str) -> String {
    let mut out = String::with_capacity(css.len() + css.len() / 8);
    let mut rest = css;
    while let Some(at) = rest.find('@') {
        out.push_str(&rewrite_rem(&rest[..at], root_multiple));
        let tail = &rest[at..];
        let end = tail.find(['{', ';']).unwrap_or(tail.len());
        let prelude = &tail[..end];
        if prelude.starts_with("@container") {
            out.push_str(&rewrite_rem(prelude, |n| {
                let px = n.parse::<f64>().unwrap_or(0.0) * CONTAINER_REM_PX;
                format!("{px}px")
            }));
        } else {
            out.push_str(prelude);
        }
        rest = &tail[end..];
    }
    out.push_str(&rewrite_rem(rest, root_multiple));
    out
}

/// `<number>` times the widget's root size, for a declaration.
fn root_multiple(number: &str) -> String {
    format!("calc({number}*var(--xhs-r))")
}

/// `css` with each `<number>rem` length replaced by `with(number)`, the number with its sign.
fn rewrite_rem(css: &str, with: impl Fn(&str) -> String) -> String {
    let bytes = css.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let mut out = String::with_capacity(css.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'r' && css[i..].starts_with("rem") {
            let ident_after = bytes.get(i + 3).is_some_and(|&b| word(b));
            let mut start = i;
            while start > 0 && (bytes[start - 1].is_ascii_digit() || bytes[start - 1] == b'.') {
                start -= 1;
            }
            // A letter or `_` before the number makes it part of a name; so does a `-` that
            // itself follows part of a name (`x-1rem`), while `-1rem` after a space is a sign.
            let ident_before = match start.checked_sub(1).map(|j| bytes[j]) {
                Some(b'-') => start >= 2 && word(bytes[start - 2]),
                Some(b) => b.is_ascii_alphabetic() || b == b'_',
                None => false,
            };
            // A sign belongs to the number: `-calc(…)` would not be CSS.
            if !ident_before && start > 0 && matches!(bytes[start - 1], b'-' | b'+') {
                start -= 1;
            }
            let number = &css[start..i];
            if !ident_after && !ident_before && number.bytes().any(|b| b.is_ascii_digit()) {
                out.push_str(&css[copied..start]);
                out.push_str(&with(number));
                i += 3;
                copied = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&css[copied..]);
    out
}
