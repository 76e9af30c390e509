//! Search: normalisation rules, needle parsing, and which fixture items a search text finds.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::item::Kind;
use xhs_explainer::query::filters::normalize::{fold, fold_into};
use xhs_explainer::query::filters::search::{Needle, SearchIndex};
use xhs_explainer::query::filters::state::Query;

#[test]
fn fold_table() {
    let cases: &[(&str, &str)] = &[
        ("TikTok", "tiktok"),
        ("ＴｉｋＴｏｋ", "tiktok"),
        ("ＴｉｋＴｏｋ　Ｒｅｆｕｇｅｅ！", "tiktok refugee!"),
        ("café", "cafe"),
        ("CAFÉ", "cafe"),
        ("cafe\u{301}", "cafe"), // decomposed é
        ("Müller Straße", "muller strasse"),
        ("Ñandú Çà Øre Åland", "nandu ca ore aland"),
        ("Œuvre Æsir", "oeuvre aesir"),
        ("Xiǎohóngshū", "xiaohongshu"),
        ("Lǘ", "lu"),
        ("Łódź", "lodz"),
        ("  many   \t spaces\n\nhere  ", "many spaces here"),
        ("“quoted” ‘single’", "\"quoted\" 'single'"),
        ("小红书", "小红书"),
        ("TikTok难民", "tiktok难民"),
        ("ΣΟΦΊΑ", "σοφία"),
        ("", ""),
        ("   ", ""),
    ];
    for &(input, expected) in cases {
        assert_eq!(fold(input), expected, "fold({input:?})");
    }
}

#[test]
fn fold_into_appends_without_separator() {
    let mut out = String::from("x|");
    fold_into("  Ａ  B ", &mut out);
    assert_eq!(out, "x|a b");
}

#[test]
fn needle_parsing() {
    let cases: &[(&str, &[&str])] = &[
        ("", &[]),
        ("   ", &[]),
        ("TikTok Refugees", &["tiktok", "refugees"]),
        ("ＴｉｋＴｏｋ　难民", &["tiktok", "难民"]),
        ("小红书难民", &["小红书难民"]),
        ("  café  ", &["cafe"]),
    ];
    for &(input, terms) in cases {
        let needle = Needle::parse(input);
        assert_eq!(needle.terms(), terms, "Needle::parse({input:?})");
        assert_eq!(needle.is_empty(), terms.is_empty());
    }
}

fn search(text: &str) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let index = SearchIndex::new(&DATA);
    let query = Query::default().reduce(Action::SetText(text.to_string()));
    let visible = query.visible(&DATA, &index);
    (visible.events, visible.figures, visible.voices)
}

#[test]
fn search_table() {
    type Case = (
        &'static str,
        &'static [usize],
        &'static [usize],
        &'static [usize],
    );
    let cases: &[Case] = &[
        // English, any case, any width.
        ("refugees", &[E_REFUGEES], &[], &[W_WELCOME]),
        ("REFUGEES", &[E_REFUGEES], &[], &[W_WELCOME]),
        ("ＲｅｆｕＧｅｅｓ", &[E_REFUGEES], &[], &[W_WELCOME]),
        // Diacritics either way round.
        ("cafe", &[E_REFUGEES], &[], &[]),
        ("café", &[E_REFUGEES], &[], &[]),
        // Chinese as one substring term, and in the other language's field.
        (
            "小红书",
            &[E_REFUGEES, E_XHS_TOP],
            &[F_XHS_NEW],
            &[W_WELCOME],
        ),
        ("难民", &[E_REFUGEES], &[], &[W_WELCOME]),
        ("涌入小红书", &[E_REFUGEES], &[], &[]),
        ("猫税", &[], &[], &[W_CAT_TAX]),
        // AND across terms, mixed scripts.
        ("tiktok 难民", &[E_REFUGEES], &[], &[W_WELCOME]),
        ("supreme ban", &[E_COURT], &[], &[]),
        ("tiktok dark", &[E_DARK], &[], &[]),
        ("supreme unanimous", &[E_COURT], &[], &[]),
        ("supreme nonexistent", &[], &[], &[]),
        // Voices are searched by speaker, role and affiliation too.
        ("nurse", &[], &[], &[W_CAT_TAX]),
        ("ministry", &[], &[], &[W_OFFICIAL]),
        ("外交部", &[], &[], &[W_OFFICIAL]),
        ("creator", &[], &[], &[W_CAT_TAX]),
        // Curly and straight quotes meet.
        ("\"tiktok refugees\"", &[E_REFUGEES], &[], &[]),
        ("lemon8's", &[], &[F_LEMON8_RANK], &[]),
        ("Lemon8’s", &[], &[F_LEMON8_RANK], &[]),
        // Figures are searched by measure, both languages.
        ("monthly", &[], &[F_TIKTOK_MAU], &[]),
        ("月活跃", &[], &[F_TIKTOK_MAU], &[]),
    ];
    for &(text, events, figures, voices) in cases {
        let (e, f, v) = search(text);
        assert_eq!(e, events, "events for {text:?}");
        assert_eq!(f, figures, "figures for {text:?}");
        assert_eq!(v, voices, "voices for {text:?}");
    }
}

#[test]
fn empty_and_blank_search_match_everything() {
    for text in ["", "   ", "\u{3000}"] {
        let (e, f, v) = search(text);
        assert_eq!(e.len(), DATA.events.len(), "{text:?}");
        assert_eq!(f.len(), DATA.figures.len(), "{text:?}");
        assert_eq!(v.len(), DATA.voices.len(), "{text:?}");
    }
}

#[test]
fn terms_do_not_match_across_fields() {
    // Fields are title.en, title.zh, summary.en, summary.zh: no term may span two of them.
    let index = SearchIndex::new(&DATA);
    let hay = index.haystack(Kind::Event, E_HOUSE);
    for within in ["bill", "众议院", "法案", "the vote", "352比65"] {
        assert!(Needle::parse(within).matches(hay), "{within}");
    }
    for across in ["bill众议院", "法案the", "65.投票"] {
        assert!(!Needle::parse(across).matches(hay), "{across}");
    }
    // Terms in different fields still AND together.
    assert!(Needle::parse("bill 352比65").matches(hay));
}

#[test]
fn platforms_are_searched_by_name_and_summary() {
    let index = SearchIndex::new(&DATA);
    let cases: &[(&str, &[usize])] = &[
        ("", &[0, 1, 2]),
        ("rednote", &[P_XHS as usize]),
        ("xiaohongshu", &[P_XHS as usize]),
        ("little red book", &[P_XHS as usize]),
        ("bytedance", &[P_TIKTOK as usize, P_LEMON8 as usize]),
        ("字节跳动", &[P_TIKTOK as usize, P_LEMON8 as usize]),
        ("小红书", &[P_XHS as usize]),
    ];
    for &(text, expected) in cases {
        let query = Query::default().reduce(Action::SetText(text.to_string()));
        assert_eq!(query.visible_platforms(&DATA, &index), expected, "{text:?}");
    }
}

#[test]
fn out_of_range_haystack_is_empty() {
    let index = SearchIndex::new(&DATA);
    assert_eq!(index.haystack(Kind::Voice, 99), "");
    assert_eq!(index.platform_haystack(99), "");
    assert!(!index.haystack(Kind::Voice, W_WELCOME).is_empty());
}

#[test]
fn xiaohongshu_is_found_by_its_english_names() {
    let data = xhs_explainer::data::dataset();
    let index = SearchIndex::new(data);
    let xhs = data
        .platforms
        .iter()
        .position(|p| p.id == "xiaohongshu")
        .unwrap();
    for name in ["Little Red Book", "rednote", "REDnote", "小红书"] {
        let needle = Needle::parse(name);
        assert!(needle.matches(index.platform_haystack(xhs)), "{name}");
    }
}

#[test]
fn the_hand_lowercase_equals_std_over_the_ranges_it_covers() {
    use xhs_explainer::query::filters::normalize::lower;
    let ranges = [
        0x0..=0x17F,   // ASCII, Latin-1, Latin Extended-A
        0x1CD..=0x1DC, // the pinyin capitals with a caron or diaeresis
        0x386..=0x3AB, // Greek capitals, with the tonos ones
        0x400..=0x42F, // Cyrillic capitals
    ];
    let mut checked = 0;
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        let std: Vec<char> = c.to_lowercase().collect();
        if let [one] = std[..] {
            assert_eq!(lower(c), one, "U+{:04X} {c}", c as u32);
            checked += 1;
        }
    }
    assert!(checked > 480, "{checked}");
    // Outside them a character is left as it is; Chinese is never changed.
    for c in ['小', '红', '书', 'Ａ', 'ǅ'] {
        assert_eq!(lower(c), c);
    }
}
