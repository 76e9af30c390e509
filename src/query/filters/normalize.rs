//! Search normalisation: fold text so that "ＴｉｋＴｏｋ", "tiktok" and "TikTok" meet, "cafe" finds
//! "café", and "Xiaohongshu" finds "Xiǎohóngshū".
//!
//! Folding is applied to both the haystacks and the needle, so the rules only need to be
//! consistent, not linguistically complete. Chinese characters pass through unchanged: substring
//! search already works for them, and Simplified/Traditional folding is out of scope.

/// Folds `s` into a new string. See [`fold_into`].
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the folded form of `s` to `out`:
///
/// - full-width ASCII (U+FF01–U+FF5E) becomes ASCII, and U+3000 ideographic space a space;
/// - letters are lowercased ([`lower`]: ASCII, Latin-1, Latin Extended-A, the pinyin capitals,
///   Greek and Cyrillic);
/// - common Latin letters with diacritics lose them (é→e, ü→u, ñ→n, ǎ→a …; ß→ss, æ→ae, œ→oe),
///   and combining marks U+0300–U+036F are dropped, so decomposed input folds alike;
/// - curly quotes become straight (‘’‚‛′ → `'`, “”„‟″ → `"`);
/// - runs of whitespace become one space, with none at the start or end of what is appended.
///
/// When `out` is not empty and ends in a non-space, the first appended word is *not* separated
/// from it: callers that join fields add their own separator.
pub fn fold_into(text: &str, out: &mut String) {
    // `pending_space` defers a space until a non-space follows, which trims both ends.
    let mut pending_space = false;
    let mut wrote_any = false;
    for c in text.chars() {
        let c = widen_to_ascii(c);
        if c.is_whitespace() {
            pending_space = wrote_any;
            continue;
        }
        let lower = lower(c);
        if is_combining_mark(lower) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match strip_diacritic(lower) {
            Some(base) => out.push_str(base),
            None => out.push(lower),
        }
        wrote_any = true;
    }
}

/// The lowercase of `ch` for the scripts the story's text and its readers' searches use: ASCII,
/// Latin-1, Latin Extended-A, the pinyin capitals with a caron (Ǎ…Ǜ), Greek (with its tonos
/// capitals) and Cyrillic; any other character is returned as it is. It equals `char::to_lowercase` wherever that gives one
/// character in these ranges (a native test checks every one), without std's 11.7 KB case table,
/// which costs 5.4 KB gzip of the wasm.
pub fn lower(ch: char) -> char {
    let c = ch as u32;
    let to = match c {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => c + 0x20,
        // Latin Extended-A pairs capitals and small letters: even/odd, then odd/even, then even.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if c.is_multiple_of(2) => c + 1,
        0x139..=0x148 | 0x179..=0x17E if !c.is_multiple_of(2) => c + 1,
        0x178 => 0xFF,
        // Ǎ ǎ Ǐ ǐ Ǒ ǒ Ǔ ǔ Ǖ ǖ Ǘ ǘ Ǚ ǚ Ǜ ǜ: the pinyin tone vowels with a caron or a diaeresis.
        0x1CD..=0x1DC if !c.is_multiple_of(2) => c + 1,
        // Greek capitals with a tonos (Ά Έ Ή Ί Ό Ύ Ώ), then the plain capitals.
        0x386 => 0x3AC,
        0x388..=0x38A => c + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => c + 0x3F,
        0x391..=0x3A1 | 0x3A3..=0x3AB => c + 0x20,
        0x400..=0x40F => c + 0x50,
        0x410..=0x42F => c + 0x20,
        _ => c,
    };
    char::from_u32(to).unwrap_or(ch)
}

/// Full-width ASCII forms and the ideographic space to their ASCII counterparts.
fn widen_to_ascii(ch: char) -> char {
    match ch {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch),
        '\u{3000}' => ' ',
        _ => ch,
    }
}

fn is_combining_mark(ch: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&ch)
}

/// The base letters of common lowercase Latin letters with diacritics, and straight quotes for
/// curly ones. A hand table instead of Unicode decomposition keeps the wasm small; it covers
/// Latin-1, Latin Extended-A's common letters and the pinyin tone vowels.
fn strip_diacritic(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => {
            "u"
        }
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => "\"",
        _ => return None,
    })
}
