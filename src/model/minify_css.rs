//! Build-time stylesheet minifier: drops comments and the white space that CSS does not read, and
//! keeps everything else byte for byte (strings, and the spaces that are descendant combinators).

/// `css` without comments, with runs of white space folded to one space, and with no space next
/// to `{`, `}`, `;`, `,` or `>`, or after `:`. Text inside quotes is copied unchanged.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(ch) = chars.next() {
        match ch {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for inner in chars.by_ref() {
                    if last == '*' && inner == '/' {
                        break;
                    }
                    last = inner;
                }
                space = true;
            }
            '"' | '\'' => {
                flush_space(&mut out, &mut space, ch);
                out.push(ch);
                let mut escaped = false;
                for inner in chars.by_ref() {
                    out.push(inner);
                    if escaped {
                        escaped = false;
                    } else if inner == '\\' {
                        escaped = true;
                    } else if inner == ch {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            c => {
                flush_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out.trim_end().to_string()
}

/// Writes a pending space before `next` unless a neighbour makes it meaningless.
fn flush_space(out: &mut String, space: &mut bool, next: char) {
    const TIGHT: [char; 5] = ['{', '}', ';', ',', '>'];
    if std::mem::take(space) {
        let after = out.chars().next_back();
        let useless = after.is_none_or(|c| TIGHT.contains(&c) || c == ':') || TIGHT.contains(&next);
        if !useless {
            out.push(' ');
        }
    }
}
