//! Browser tests of the overview and the voices section.
#![cfg(target_arch = "wasm32")]

#[path = "common/dom.rs"]
mod dom;

use dom::*;
use wasm_bindgen_test::*;
use xhs_explainer::data::dataset;
use xhs_explainer::embed::config::{EmbedConfig, Section};
use xhs_explainer::model::records::Lang;
use xhs_explainer::query::figures::disputed::disputing;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_overview_shows_the_lede_and_headline_numbers_via_intl() {
    let host = fresh_host();
    let _m = mount_guarded(&host, EmbedConfig::default());
    wait_for("headlines", 2000, || {
        !find_all(&host, ".xhs-headline").is_empty()
    })
    .await;
    let data = dataset();
    assert_eq!(find_all(&host, ".xhs-headline").len(), data.headline.len());
    assert_eq!(text(&host, ".xhs-overview .xhs-lede"), data.lede.en);
    // TikTok's ~170 million US users, in words by Intl: "about 170 million".
    let first = text(&host, ".xhs-headline__value");
    assert_eq!(first, "about 170 million");
    // Each card names its measure in a few words, with its date and first source.
    let figure = &data.figures[data.headline[0] as usize];
    let card = text(&host, ".xhs-headline__measure");
    assert!(card.starts_with(figure.short.en), "{card}");
    assert!(card.contains("January 16, 2025"), "{card}");
    assert!(text(&host, ".xhs-overview").contains(data.lede_more.en));
    // How each number was counted is one click away, in Numbers.
    click(&host, ".xhs-overview .xhs-link-button");
    wait_for("the numbers", 2000, || {
        find(&host, "#xhs-panel-numbers").is_some()
    })
    .await;
    click(&host, "#xhs-tab-overview");
    wait_for("the overview again", 2000, || {
        find(&host, ".xhs-headline").is_some()
    })
    .await;
    click(&host, ".xhs-lang");
    wait_for("Chinese numbers", 2000, || {
        text(&host, ".xhs-headline__value") == "约1.7亿"
    })
    .await;
    assert!(text(&host, ".xhs-asof").contains("2026年12月2日"));
    // The story's horizon is told beside the as-of date: the last event any source reports.
    assert!(text(&host, ".xhs-asof").contains("资料所载最新事件：2026年3月5日"));
}

#[wasm_bindgen_test]
async fn quotes_filter_by_perspective_and_toggle_translation() {
    let (host, _m) = open_voices().await;
    let data = dataset();
    assert_eq!(find_all(&host, ".xhs-quote").len(), data.voices.len());

    // Pick the first perspective chip: only quotes from that perspective remain.
    let chips = find_all(&host, ".xhs-voices__controls .xhs-chip");
    assert_eq!(chips.len(), data.perspectives.len());
    let label = chips[0].text_content().unwrap();
    let ix = data
        .perspectives
        .iter()
        .position(|p| p.label.en == label.trim())
        .unwrap();
    let want: Vec<&str> = data
        .voices
        .iter()
        .filter(|v| v.perspective as usize == ix)
        .map(|v| v.id)
        .collect();
    click(&host, ".xhs-voices__controls li:first-child .xhs-chip");
    wait_for("filtered quotes", 2000, || {
        find_all(&host, ".xhs-quote").len() == want.len()
    })
    .await;
    let shown: Vec<String> = find_all(&host, ".xhs-quote")
        .iter()
        .map(|q| q.get_attribute("data-voice").unwrap())
        .collect();
    assert_eq!(shown, want);

    // Original words first; the toggle shows our translation, marked as such, in the other language.
    let v = data.voices.iter().find(|v| v.id == want[0]).unwrap();
    let sel = format!("[data-voice={}] .xhs-quote__text", v.id);
    assert_eq!(text(&host, &sel), v.text);
    assert_eq!(
        find(&host, &sel).unwrap().get_attribute("lang").as_deref(),
        Some(v.lang.tag())
    );
    click(&host, ".xhs-voices__translate");
    wait_for("translation", 2000, || text(&host, &sel) == v.translation).await;
    let other = if v.lang == Lang::En { "zh-Hans" } else { "en" };
    assert_eq!(
        find(&host, &sel).unwrap().get_attribute("lang").as_deref(),
        Some(other)
    );
    assert_eq!(
        find(&host, ".xhs-voices__translate")
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn paraphrases_are_marked_apart_from_verbatim_quotes() {
    let (host, _m) = open_voices().await;
    let data = dataset();
    let paraphrases = data.voices.iter().filter(|voice| !voice.verbatim).count();
    assert!(paraphrases > 0);
    assert_eq!(find_all(&host, ".xhs-quote--paraphrase").len(), paraphrases);
    assert_eq!(
        find_all(&host, "blockquote.xhs-quote__text").len(),
        data.voices.len() - paraphrases
    );
}

/// Mounts on the Voices section and waits for its quotes.
async fn open_voices() -> (web_sys::Element, Widget) {
    let (host, w) = open_section(Section::Voices).await;
    wait_for("quotes", 2000, || !find_all(&host, ".xhs-quote").is_empty()).await;
    (host, w)
}

/// The card of voice `id`.
fn card(id: &str) -> String {
    format!(".xhs-quote[data-voice=\"{id}\"]")
}

#[wasm_bindgen_test]
async fn a_paraphrase_reads_as_reported_speech_and_a_machine_translation_says_so() {
    let (host, _m) = open_voices().await;

    // A paraphrase: a plain paragraph in reported speech, no blockquote, labelled as such.
    let para = card("us-users-protest");
    assert!(find(&host, &format!("{para} blockquote")).is_none());
    let words = text(&host, &format!("{para} .xhs-quote__reported"));
    assert!(words.starts_with("Many US users said that"), "{words}");
    assert_eq!(
        text(&host, &format!("{para} .xhs-quote__kind")),
        "Paraphrase: reported speech, not the speaker's words"
    );
    // A verbatim quote from a machine-translated page says who rendered it.
    let pd = card("peoples-daily-global-villagers");
    assert!(find(&host, &format!("{pd} blockquote")).is_some());
    let note = text(&host, &format!("{pd} .xhs-quote__rendered"));
    assert!(
        note.contains("Entering China") && note.contains("machine translation"),
        "{note}"
    );
    // A quote from a page in its original language has no such note.
    assert!(find(
        &host,
        &format!(
            "{} .xhs-quote__rendered",
            card("xiaohongshu-customer-service")
        )
    )
    .is_none());

    // Translations: the Chinese shown for it is our back-translation, not the original.
    click(&host, ".xhs-voices__translate");
    wait_for("translations", 2000, || {
        find(&host, &format!("{pd} .xhs-quote__translation")).is_some()
    })
    .await;
    assert_eq!(
        text(&host, &format!("{pd} .xhs-quote__translation")),
        "Our back-translation from the English; not the original words"
    );
    assert_eq!(
        text(
            &host,
            &format!(
                "{} .xhs-quote__translation",
                card("xiaohongshu-customer-service")
            )
        ),
        "Translated by the editors"
    );
    click(&host, ".xhs-lang");
    wait_for("Chinese labels", 2000, || {
        text(&host, &format!("{pd} .xhs-quote__translation")) == "编者据英文回译，非原话"
    })
    .await;
    assert_eq!(
        text(&host, &format!("{para} .xhs-quote__kind")),
        "转述：编者据来源转述，非原话"
    );
}

#[wasm_bindgen_test]
async fn a_disputed_headline_number_says_so() {
    let host = fresh_host();
    let _m = mount_guarded(&host, EmbedConfig::default());
    wait_for("headlines", 2000, || {
        !find_all(&host, ".xhs-headline").is_empty()
    })
    .await;
    // Exactly the cards whose figure other counts dispute say so; the counts are in Numbers.
    let data = dataset();
    let cards = find_all(&host, ".xhs-headline");
    assert_eq!(cards.len(), data.headline.len());
    let mut marked = 0;
    for (card, &ix) in cards.iter().zip(data.headline) {
        let says = card
            .text_content()
            .unwrap_or_default()
            .ends_with(" · disputed");
        let is = !disputing(data, ix as usize).is_empty();
        assert_eq!(says, is, "{}", data.figures[ix as usize].id);
        marked += usize::from(says);
    }
    assert!(
        marked > 0,
        "no headline number is disputed any more; pick a test that is"
    );
    // A dispute across groups counts too: Similarweb's 3.4 million sits in a comparison group,
    // but another cited page gives it another date, so its card says so, in both languages.
    let ix = data
        .headline
        .iter()
        .position(|&ix| data.figures[ix as usize].id == "xiaohongshu-dau-3-4-million")
        .expect("the 3.4 million is a headline number");
    assert!(cards[ix]
        .text_content()
        .unwrap_or_default()
        .ends_with(" · disputed"));
    click(&host, ".xhs-lang");
    wait_for("Chinese headlines", 2000, || {
        find_all(&host, ".xhs-headline")[ix]
            .text_content()
            .unwrap_or_default()
            .ends_with(" · 说法不一")
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_us_security_case_is_heard_in_its_own_words() {
    let (host, _m) = open_voices().await;
    let data = dataset();
    // The Court's reasoning, quoted exactly, with its speaker, in a blockquote.
    let v = data
        .voices
        .iter()
        .find(|v| v.id == "scotus-security-rationale")
        .unwrap();
    let c = card(v.id);
    assert!(find(&host, &format!("{c} blockquote")).is_some());
    assert_eq!(text(&host, &format!("{c} .xhs-quote__text")), v.text);
    assert!(text(&host, &c).contains("Supreme Court of the United States"));
    assert!(v.text.contains("national security concerns"));
    // And the other side in its own words, beside it: TikTok's reply.
    assert!(text(&host, &card("tiktok-no-proof")).contains("never put forth proof"));
    click(&host, ".xhs-lang");
    wait_for("Chinese speaker", 2000, || {
        text(&host, &c).contains("美国最高法院")
    })
    .await;
    // The quote stays in its own language; its speaker and role follow the reader's.
    assert_eq!(text(&host, &format!("{c} .xhs-quote__text")), v.text);
}
