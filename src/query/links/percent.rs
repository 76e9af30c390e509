//! Percent-encoding of UTF-8 text for URL fragments.
//!
//! Everything but the RFC 3986 unreserved characters (`A–Z a–z 0–9 - . _ ~`) is encoded, as
//! `%XX` per UTF-8 byte with uppercase hex. That is stricter than a fragment needs, on purpose:
//! encoded text never contains `; = , & # % +` or spaces, so it nests safely inside the
//! fragment's own separators (see `hash.rs`).

/// `s` with every byte outside the unreserved set written as `%XX`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    encode_into(text, &mut out);
    out
}

/// Appends the encoded form of `s` to `out`.
pub fn encode_into(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if is_unreserved(b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xF) as usize] as char);
        }
    }
}

/// Whether `b` may appear unencoded.
pub const fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// The result of decoding: the text, and whether anything in the input was malformed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentDecoded {
    /// The decoded text. A `%` not followed by two hex digits is kept literally; bytes that are
    /// not valid UTF-8 become U+FFFD.
    pub text: String,
    /// True if a stray `%` or invalid UTF-8 was met.
    pub malformed: bool,
}

/// Decodes `%XX` sequences (either hex case). `+` is *not* a space: this is not form encoding.
pub fn decode(text: &str) -> PercentDecoded {
    let bytes = text.as_bytes();
    let mut raw = Vec::with_capacity(bytes.len());
    let mut malformed = false;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'%' {
            let hi = bytes.get(i + 1).and_then(|&h| hex_value(h));
            let lo = bytes.get(i + 2).and_then(|&l| hex_value(l));
            if let (Some(hi), Some(lo)) = (hi, lo) {
                raw.push(hi << 4 | lo);
                i += 3;
                continue;
            }
            malformed = true;
        }
        raw.push(byte);
        i += 1;
    }
    match String::from_utf8(raw) {
        Ok(text) => PercentDecoded { text, malformed },
        Err(e) => PercentDecoded {
            text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
            malformed: true,
        },
    }
}

const fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}
