//! Whether an excerpt states a figure's value: the build's rule that a number is no more precise
//! than its source. The value must be written in one of the figure's excerpts, in digits (with
//! or without thousands separators), with a scale word ("170 million", "70万", "1.7亿"), or as
//! a number word ("tripled", "second", "top" for a first place).

/// The ways `value` may be written, lowercased, most specific first.
pub fn spellings(value: f64, rank: bool) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(digit_forms(value));
    for (scale, words) in [
        (1e9, &["billion"][..]),
        (1e8, &["亿"][..]),
        (1e6, &["million"][..]),
        (1e4, &["万"][..]),
        (1e3, &["thousand"][..]),
    ] {
        let scaled = value / scale;
        if scaled >= 1.0 && is_short_decimal(scaled) {
            let n = decimal(scaled);
            for word in words {
                let gap = if word.is_ascii() { " " } else { "" };
                out.push(format!("{n}{gap}{word}"));
            }
        }
    }
    if value.fract() == 0.0 && (0.0..=20.0).contains(&value) {
        let n = value as usize;
        for table in [&CARDINALS[..], &ORDINALS[..], &MULTIPLES[..], &HAN[..]] {
            if let Some(word) = table.get(n).filter(|w| !w.is_empty()) {
                out.push((*word).to_string());
            }
        }
        if n == 20 {
            out.push("twentyfold".into());
        }
        if rank && n == 1 {
            out.extend(
                ["top", "no. 1", "number one", "most downloaded", "榜首"]
                    .iter()
                    .map(|w| w.to_string()),
            );
        }
    }
    out
}

/// Whether `excerpt` writes `value` in one of its [`spellings`], as a whole number (not the
/// "20" of "2025") or a whole word (not the "one" of "someone").
pub fn states(excerpt: &str, value: f64, rank: bool) -> bool {
    let text = excerpt.to_lowercase();
    spellings(value, rank)
        .iter()
        .any(|form| occurs_alone(&text, form))
}

const CARDINALS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const ORDINALS: [&str; 21] = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
const MULTIPLES: [&str; 5] = ["", "", "doubled", "tripled", "quadrupled"];
const HAN: [&str; 11] = [
    "", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十",
];

/// "700000", "700,000", "700 000"; "19.9"; "3.4".
fn digit_forms(value: f64) -> Vec<String> {
    if !is_short_decimal(value) {
        return Vec::new();
    }
    let plain = decimal(value);
    let (int, frac) = match plain.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (plain.clone(), String::new()),
    };
    let mut out = vec![plain.clone()];
    if int.len() > 3 {
        for sep in [",", " ", "\u{a0}"] {
            out.push(format!("{}{frac}", grouped(&int, sep)));
        }
    }
    out
}

/// The integer's digits in threes from the right, joined by `sep`.
fn grouped(int: &str, sep: &str) -> String {
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(*d);
    }
    out
}

/// At most two decimals, so "3.4" and "19.9" count but a computed 0.3333… does not.
fn is_short_decimal(value: f64) -> bool {
    let hundredths = value * 100.0;
    (hundredths - hundredths.round()).abs() < 1e-6
}

/// `value` in the shortest decimal form with at most two decimals ("3.4", "70", "19.9").
fn decimal(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Whether `form` occurs in `text` with no digit (or decimal part) running on either side, and,
/// for a word, no letter either.
fn occurs_alone(text: &str, form: &str) -> bool {
    let wordy = form.chars().next().is_some_and(char::is_alphabetic) && form.is_ascii();
    text.match_indices(form).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after_text = &text[at + form.len()..];
        let mut after = after_text.chars();
        let next = after.next();
        let joins =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || (wordy && c.is_alphabetic()));
        let decimal_after = matches!(next, Some('.') | Some(','))
            && after.next().is_some_and(|c| c.is_ascii_digit());
        let decimal_before = matches!(before, Some('.') | Some(','))
            && text[..at]
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit());
        !joins(before) && !joins(next) && !decimal_after && !decimal_before
    })
}
