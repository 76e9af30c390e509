//! Numbers for SVG attributes, data attributes and exports, written with integer arithmetic: Rust's float
//! formatting (`Display` and `{:.N}` on `f64`) costs about 20 KB of wasm, and these need no more
//! than a fixed number of decimals. Reader-facing numbers go through `Intl` instead.

/// `x` rounded half up to `decimals` places, written with exactly that many: `fixed(3.0, 3)` is
/// "3.000". Not-a-number is "0"; infinities saturate.
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let scaled = (x * scale as f64 + 0.5).floor();
    let negative = scaled < 0.0;
    let units = scaled.abs() as u64;
    let (whole, fraction) = (units / scale, units % scale);
    let sign = if negative && units != 0 { "-" } else { "" };
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let digits = fraction.to_string();
    let zeros = "0".repeat(decimals as usize - digits.len());
    format!("{sign}{whole}.{zeros}{digits}")
}

/// `x` to at most `decimals` places, without trailing zeros: 40 → "40", 12.5 → "12.5",
/// 1/3 at 2 places → "0.33".
pub fn trimmed(x: f64, decimals: u32) -> String {
    let text = fixed(x, decimals);
    if decimals == 0 {
        return text;
    }
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" || text.is_empty() {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// A data value as plain decimal text: whole numbers exactly (up to 2^53), others to at most six
/// places, which is more than any source states: 300000000 → "300000000", 1.7 → "1.7".
pub fn plain(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        (x as i64).to_string()
    } else {
        trimmed(x, 6)
    }
}

/// An SVG coordinate or length: [`trimmed`] to two places, finer than a CSS pixel needs.
pub fn coord(x: f64) -> String {
    trimmed(x, 2)
}

/// An SVG path through `points`: "M x y L x y …".
pub fn polyline(points: &[(f64, f64)]) -> String {
    let mut out = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        out.push_str(if i == 0 { "M" } else { "L" });
        out.push_str(&coord(*x));
        out.push(' ');
        out.push_str(&coord(*y));
    }
    out
}

/// A closed SVG path through `points`: [`polyline`] and "Z".
pub fn polygon(points: &[(f64, f64)]) -> String {
    polyline(points) + "Z"
}
