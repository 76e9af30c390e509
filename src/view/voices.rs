//! Voices: what people said, filterable by the perspective they speak from, each with its
//! attribution and source, shown in the original language or in our translation.

use crate::model::records::{Lang, Voice};
use crate::query::filters::action::Action;
use crate::query::filters::facet::Facet;
use crate::query::punctuation;
use crate::query::section::Section;
use crate::query::sources::source_label::rendered_by;
use crate::view::app::context::use_section;
use crate::view::intl;
use crate::view::labels;
use crate::view::sources::source_line::source_line;
use crate::view::strings::voices::{
    BACK_TRANSLATED, BY_PERSPECTIVE, PARAPHRASE, SHOW_TRANSLATION, TRANSLATED, VERBATIM,
};
use yew::prelude::*;

#[function_component(Voices)]
pub fn voices() -> Html {
    let ctx = use_section(Section::Voices);
    let lang = ctx.lang;
    let data = ctx.data;
    let translated = use_state(|| false);
    let toggle = {
        let translated = translated.clone();
        Callback::from(move |_| translated.set(!*translated))
    };

    let chips = (0..data.perspectives.len() as u16).map(|ix| {
        let pressed = ctx.query.is_selected(Facet::Perspective, ix);
        let onclick = {
            let on_action = ctx.on_action.clone();
            Callback::from(move |_| on_action.emit(Action::Toggle(Facet::Perspective, ix)))
        };
        html! {
            <li><button type="button" class="xhs-chip" aria-pressed={pressed.to_string()} {onclick}>
                { data.perspectives[ix as usize].label.get(lang) }
            </button></li>
        }
    });

    let quotes: Vec<Html> = ctx
        .visible
        .voices
        .iter()
        .map(|&ix| quote(&data.voices[ix], *translated, lang, ctx.data))
        .collect();

    html! {
        <div class="xhs-voices" data-section={Section::Voices.name()}>
            <h3 class="xhs-section-title">{ labels::section(Section::Voices).get(lang) }</h3>
            <div class="xhs-voices__controls">
                <ul class="xhs-chips" aria-label={BY_PERSPECTIVE.get(lang)}>{ for chips }</ul>
                <button type="button" class="xhs-voices__translate" aria-pressed={translated.to_string()}
                    onclick={toggle}>{ SHOW_TRANSLATION.get(lang) }</button>
            </div>
            if quotes.is_empty() {
                <p class="xhs-empty">{ labels::NO_RESULTS.get(lang) }</p>
            } else {
                <ul class="xhs-quotes">{ for quotes }</ul>
            }
        </div>
    }
}

fn quote(
    v: &Voice,
    translated: bool,
    lang: Lang,
    data: &'static crate::model::records::Dataset,
) -> Html {
    let (words, words_lang) = if translated {
        (v.translation, v.lang.other())
    } else {
        (v.text, v.lang)
    };
    // A quote is only as close to the speaker as the page it was taken from.
    let page = v
        .citations
        .first()
        .and_then(|c| data.sources.get(c.source as usize));
    let machine = page.filter(|s| s.machine_translated);
    let rendered = machine
        .filter(|_| v.verbatim)
        .and_then(|s| rendered_by(s, lang));
    let translation_kind = if machine.is_some() && v.verbatim {
        BACK_TRANSLATED
    } else {
        TRANSLATED
    };
    let kind = if v.verbatim { VERBATIM } else { PARAPHRASE };
    let comma = punctuation::of(lang).comma;
    html! {
        <li class={classes!("xhs-quote", (!v.verbatim).then_some("xhs-quote--paraphrase"))} part="quote" data-voice={v.id}>
            <figure>
                if v.verbatim {
                    <blockquote class="xhs-quote__text" lang={words_lang.tag()}>
                        <p>{ words }</p>
                    </blockquote>
                } else {
                    // Reported speech in our words: a plain paragraph, never a blockquote.
                    <p class="xhs-quote__text xhs-quote__reported" lang={words_lang.tag()}>{ words }</p>
                }
                <figcaption class="xhs-quote__by">
                    <span class="xhs-quote__speaker">{ v.speaker.get(lang) }</span>
                    { comma }{ v.role.get(lang) }{ comma }{ v.affiliation.get(lang) }
                    { " · " }<time datetime={intl::iso(v.when.date)}>{ intl::when(v.when, lang) }</time>
                </figcaption>
                if let Some(note) = rendered {
                    <p class="xhs-quote__rendered">{ note }</p>
                }
                <p class="xhs-quote__meta">
                    <span class="xhs-badge xhs-quote__kind">{ kind.get(lang) }</span>
                    if translated {
                        <span class="xhs-badge xhs-quote__translation">{ translation_kind.get(lang) }</span>
                    }
                    <span class="xhs-quote__source">{ source_line(data, v.citations, lang) }</span>
                </p>
            </figure>
        </li>
    }
}
