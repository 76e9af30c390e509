//! URL-fragment serialisation: exact encodings, round trips, tolerant reading with warnings, and
//! per-instance scoping of a shared fragment.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fixture.rs"]
mod fixture;

use fixture::*;
use xhs_explainer::model::records::Date;
use xhs_explainer::query::filters::action::Action;
use xhs_explainer::query::filters::facet::Facet;
use xhs_explainer::query::filters::state::Query;
use xhs_explainer::query::iso_date::{format_date, parse_date};
use xhs_explainer::query::links::hash::{
    decode, encode, instance_state, with_instance_state, HashWarning,
};
use xhs_explainer::query::links::percent;

fn d(year: u16, month: u8, day: u8) -> Option<Date> {
    Some(Date::new(year, month, day))
}

#[test]
fn encode_table() {
    let cases: Vec<(Vec<Action>, &str)> = vec![
        (vec![], ""),
        (vec![Action::SetText(String::new())], ""),
        (
            vec![
                Action::Toggle(Facet::Theme, T_COURTS),
                Action::Toggle(Facet::Theme, T_LAW),
                Action::Toggle(Facet::Platform, P_XHS),
                Action::SetFrom(d(2025, 1, 13)),
                Action::SetTo(d(2025, 1, 20)),
                Action::SetText("tiktok refugee".into()),
            ],
            "t=law,courts;p=xiaohongshu;from=2025-01-13;to=2025-01-20;q=tiktok%20refugee",
        ),
        (
            vec![
                Action::Toggle(Facet::Perspective, V_OFFICIAL),
                Action::Toggle(Facet::Source, S_NYT),
                Action::Toggle(Facet::Actor, A_USERS),
            ],
            "a=users;s=nyt-surge;v=official",
        ),
        (vec![Action::SetTo(d(2025, 1, 0))], "to=2025-01"),
        (vec![Action::SetFrom(d(2024, 0, 0))], "from=2024"),
        (vec![Action::SetText("难民".into())], "q=%E9%9A%BE%E6%B0%91"),
        (
            vec![Action::SetText("a;b=c,d&e#f%g+h".into())],
            "q=a%3Bb%3Dc%2Cd%26e%23f%25g%2Bh",
        ),
        // Selected indices that the dataset lacks are left out of links.
        (vec![Action::Toggle(Facet::Theme, 99)], ""),
    ];
    for (actions, expected) in cases {
        let query = Query::from_actions(actions.clone());
        assert_eq!(encode(&query, &DATA), expected, "{actions:?}");
    }
}

#[test]
fn round_trips() {
    let texts = [
        "tiktok refugee",
        "小红书 难民",
        "ＴｉｋＴｏｋ　难民",
        "a;b=c,d&e#f%g+h",
        "%41 is not A",
        "  spaced  out  ",
        "“curly” and \"straight\" quotes, café",
        "emoji 🎉 and \\ backslash",
        "x",
    ];
    for text in texts {
        let query = Query::from_actions([
            Action::Toggle(Facet::Theme, T_MIGRATION),
            Action::Toggle(Facet::Source, S_XINHUA),
            Action::Toggle(Facet::Source, S_AP),
            Action::SetRange(d(2025, 1, 12), d(2025, 1, 22)),
            Action::SetText(text.to_string()),
        ]);
        let s = encode(&query, &DATA);
        assert!(!s.contains(['&', '#', ' ']), "{s}");
        let back = decode(&s, &DATA);
        assert_eq!(back.warnings, [], "{s}");
        assert_eq!(back.query, query, "{text:?} via {s}");
        assert_eq!(back.query.text(), text);
    }
    // Every term of every facet, and open and month-precision bounds.
    for facet in Facet::ALL {
        for ix in 0..facet.vocab_len(&DATA) as u16 {
            for (from, to) in [(None, d(2025, 1, 0)), (d(2024, 0, 0), None), (None, None)] {
                let query =
                    Query::from_actions([Action::Toggle(facet, ix), Action::SetRange(from, to)]);
                let back = decode(&encode(&query, &DATA), &DATA);
                assert_eq!(back.query, query);
                assert!(back.warnings.is_empty());
            }
        }
    }
    assert_eq!(decode("", &DATA).query, Query::default());
}

#[test]
fn decoding_is_total_and_reports_warnings() {
    let back = decode("t=law,nope;x=1;from=2025-02-30;q=%zz;junk;;p=", &DATA);
    assert_eq!(back.query.selection(Facet::Theme).as_slice(), [T_LAW]);
    assert_eq!(back.query.from(), None);
    assert_eq!(back.query.text(), "%zz");
    assert_eq!(
        back.warnings,
        [
            HashWarning::UnknownTerm {
                facet: Facet::Theme,
                id: "nope".into()
            },
            HashWarning::UnknownKey("x".into()),
            HashWarning::BadDate {
                key: "from",
                value: "2025-02-30".into()
            },
            HashWarning::BadEncoding { key: "q".into() },
            HashWarning::MissingValue("junk".into()),
        ]
    );
    for w in &back.warnings {
        assert!(!w.to_string().is_empty());
    }
    // An unknown key names the keys there are, as every bad embed input names what is allowed.
    assert_eq!(
        HashWarning::UnknownKey("x".into()).to_string(),
        "unknown key `x` ignored; the keys are t, a, p, s, v, from, to and q"
    );
}

#[test]
fn decoding_edge_cases() {
    // A term listed twice is selected, not toggled off.
    let query = decode("t=law,law;a=users;a=users", &DATA).query;
    assert_eq!(query.selection(Facet::Theme).as_slice(), [T_LAW]);
    assert_eq!(query.selection(Facet::Actor).as_slice(), [A_USERS]);
    // A reversed range is swapped.
    let query = decode("from=2025-01-20;to=2025-01-13", &DATA).query;
    assert_eq!((query.from(), query.to()), (d(2025, 1, 13), d(2025, 1, 20)));
    // Lowercase hex and raw UTF-8 (as typed into an address bar) are read.
    assert_eq!(decode("q=%e9%9a%be%e6%b0%91", &DATA).query.text(), "难民");
    assert_eq!(decode("q=小红书", &DATA).query.text(), "小红书");
    // `+` is a plus, not a space.
    assert_eq!(decode("q=a+b", &DATA).query.text(), "a+b");
    // Invalid UTF-8 is replaced and reported.
    let back = decode("q=%FF", &DATA);
    assert_eq!(back.query.text(), "\u{FFFD}");
    assert_eq!(
        back.warnings,
        [HashWarning::BadEncoding { key: "q".into() }]
    );
    // Unknown ids in other facets too; ids are matched exactly.
    let back = decode("p=TikTok;v=official", &DATA);
    assert_eq!(
        back.query.selection(Facet::Perspective).as_slice(),
        [V_OFFICIAL]
    );
    assert!(back.query.selection(Facet::Platform).is_empty());
    assert_eq!(back.warnings.len(), 1);
}

#[test]
fn iso_dates() {
    let good: &[(&str, Date)] = &[
        ("2025-01-13", Date::new(2025, 1, 13)),
        ("2024-02-29", Date::new(2024, 2, 29)),
        ("2025-01", Date::new(2025, 1, 0)),
        ("2025", Date::new(2025, 0, 0)),
    ];
    for &(s, date) in good {
        assert_eq!(parse_date(s), Some(date), "{s}");
        assert_eq!(format_date(date), s);
    }
    let bad = [
        "",
        "2025-1-13",
        "25-01-13",
        "2025-13-01",
        "2025-00-10",
        "2025-02-29",
        "2025-04-31",
        "2025-01-00",
        "2025-01-13-1",
        "0000",
        // The validator's range: the URL hash reads no date the data could not hold.
        "1899",
        "2101-01-01",
        "2025/01/13",
        "２０２５",
    ];
    for s in bad {
        assert_eq!(parse_date(s), None, "{s:?}");
    }
}

#[test]
fn percent_encoding() {
    assert_eq!(percent::encode("a-b_c.d~e f"), "a-b_c.d~e%20f");
    assert_eq!(percent::encode("é"), "%C3%A9");
    let data = percent::decode("100%");
    assert_eq!(data.text, "100%");
    assert!(data.malformed);
    let data = percent::decode("%2");
    assert!(data.malformed);
    let data = percent::decode("%25%3B");
    assert_eq!(data.text, "%;");
    assert!(!data.malformed);
}

#[test]
fn instance_scoping() {
    let fragment = "#xhs1=t=law;q=a&xhs2=p=tiktok&top";
    assert_eq!(instance_state(fragment, "xhs1"), Some("t=law;q=a"));
    assert_eq!(instance_state(fragment, "xhs2"), Some("p=tiktok"));
    assert_eq!(
        instance_state(fragment, "xhs"),
        None,
        "keys match exactly, not by prefix"
    );
    assert_eq!(
        instance_state(fragment, "top"),
        None,
        "a bare anchor has no state"
    );
    assert_eq!(instance_state("", "xhs1"), None);
    assert_eq!(instance_state("xhs1=", "xhs1"), Some(""));

    let cases: &[(&str, &str, &str, &str)] = &[
        // replace in place, keeping the others in order
        (fragment, "xhs1", "q=b", "xhs1=q=b&xhs2=p=tiktok&top"),
        // remove when the state becomes default
        (fragment, "xhs2", "", "xhs1=t=law;q=a&top"),
        // append when absent
        (
            fragment,
            "xhs3",
            "v=official",
            "xhs1=t=law;q=a&xhs2=p=tiktok&top&xhs3=v=official",
        ),
        // from an empty fragment, and back to empty
        ("", "xhs1", "t=law", "xhs1=t=law"),
        ("#xhs1=t=law", "xhs1", "", ""),
        // duplicates of our key collapse into one
        ("xhs1=a=1&x&xhs1=a=2", "xhs1", "t=law", "xhs1=t=law&x"),
        // a key needing encoding is encoded the same way when read
        ("", "my embed", "t=law", "my%20embed=t=law"),
    ];
    for &(fragment, key, state, expected) in cases {
        let out = with_instance_state(fragment, key, state);
        assert_eq!(out, expected, "{fragment:?} {key} {state:?}");
        let read = instance_state(&out, key);
        assert_eq!(read, (!state.is_empty()).then_some(state), "{out:?}");
    }
}

#[test]
fn two_instances_round_trip_through_one_fragment() {
    let a = Query::from_actions([
        Action::Toggle(Facet::Theme, T_LAW),
        Action::SetText("a&b=c;d #e".into()),
    ]);
    let b = Query::from_actions([
        Action::Toggle(Facet::Platform, P_XHS),
        Action::SetRange(d(2025, 1, 12), d(2025, 1, 22)),
        Action::SetText("小红书".into()),
    ]);
    let mut fragment = String::from("#intro");
    fragment = with_instance_state(&fragment, "xhs1", &encode(&a, &DATA));
    fragment = with_instance_state(&fragment, "xhs2", &encode(&b, &DATA));
    assert!(fragment.starts_with("intro&xhs1="));
    let read_a = decode(instance_state(&fragment, "xhs1").unwrap(), &DATA);
    let read_b = decode(instance_state(&fragment, "xhs2").unwrap(), &DATA);
    assert_eq!(read_a.query, a);
    assert_eq!(read_b.query, b);
    assert!(read_a.warnings.is_empty() && read_b.warnings.is_empty());

    // Changing one instance leaves the other byte for byte.
    let before_b = instance_state(&fragment, "xhs2").unwrap().to_string();
    let a2 = a.reduce(Action::Reset);
    let fragment = with_instance_state(&fragment, "xhs1", &encode(&a2, &DATA));
    assert_eq!(instance_state(&fragment, "xhs1"), None);
    assert_eq!(instance_state(&fragment, "xhs2"), Some(before_b.as_str()));
}
