//! The build's stylesheet minifier: smaller, and read by a browser exactly as before.
#![cfg(not(target_arch = "wasm32"))]

use xhs_explainer::model::minify_css::minify_css;

#[test]
fn drops_comments_and_white_space_css_does_not_read() {
    let cases = [
        (
            "/* tokens */\n:host {\n  --gap: 8px;\n}\n",
            ":host{--gap:8px;}",
        ),
        (
            ".a ,\n.b > .c {\n  color : red ;\n}",
            ".a,.b>.c{color :red;}",
        ),
        ("a{}\n\n/* last */\n", "a{}"),
    ];
    for (css, want) in cases {
        assert_eq!(minify_css(css), want, "for {css:?}");
    }
}

#[test]
fn keeps_strings_and_descendant_combinators() {
    let cases = [
        // A space before `:` is a descendant combinator: `.list :focus` ≠ `.list:focus`.
        (
            ".list  :focus-visible { outline: 2px solid }",
            ".list :focus-visible{outline:2px solid}",
        ),
        (".a .b\n.c{}", ".a .b .c{}"),
        (
            ".x::after { content: \"  ·  /* not a comment */ \" }",
            ".x::after{content:\"  ·  /* not a comment */ \"}",
        ),
        ("q { quotes: '\\'  ' \"'\" }", "q{quotes:'\\'  ' \"'\"}"),
        (
            "@media (max-width: 600px) { a { b: c } }",
            "@media (max-width:600px){a{b:c}}",
        ),
    ];
    for (css, want) in cases {
        assert_eq!(minify_css(css), want, "for {css:?}");
    }
}

#[test]
fn the_real_stylesheet_loses_a_sixth_and_keeps_every_rule() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/styles");
    let mut css = String::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        css.push_str(&std::fs::read_to_string(f).unwrap());
    }
    let small = minify_css(&css);
    assert!(
        small.len() * 6 <= css.len() * 5,
        "{} → {}",
        css.len(),
        small.len()
    );
    let braces = |s: &str| (s.matches('{').count(), s.matches('}').count());
    let without_comments = |s: &str| {
        let mut out = String::new();
        let mut rest = s;
        while let Some(start) = rest.find("/*") {
            out.push_str(&rest[..start]);
            rest = &rest[start + 2..];
            rest = &rest[rest.find("*/").map_or(rest.len(), |e| e + 2)..];
        }
        out + rest
    };
    assert_eq!(braces(&small), braces(&without_comments(&css)));
}
