//! The interface's own words, compiled by build.rs from `data/interface.toml`: one module per
//! view file (and the query files of its family), one bilingual `Text` constant per entry
//! (`clock.meaning_heading` becomes `strings::clock::MEANING_HEADING`). Plain data, so the
//! headless query layer may use it too.

include!(concat!(env!("OUT_DIR"), "/interface.rs"));
