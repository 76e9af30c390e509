//! The interface's own words, compiled by build.rs from `data/interface.toml`: one module per
//! view file, one bilingual `Text` constant per entry (`clock.meaning_heading` becomes
//! `strings::clock::MEANING_HEADING`).

include!(concat!(env!("OUT_DIR"), "/interface.rs"));
