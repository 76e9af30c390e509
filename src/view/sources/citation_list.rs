//! A list of citations (source, date, verbatim excerpt, where to read it), each with a Copy
//! citation button (see [`crate::view::links::copier`]); also the source's title, publisher line and
//! locator, which the Sources section shows too.

use crate::model::records::{Citation, Lang, Locator, Source};
use crate::query::sources::citation_text::{citation_text, host_of};
use crate::query::sources::source_label::{
    kind_label, publisher_name, title_lang, title_text, MACHINE_TRANSLATION, ON_FILE,
    OUR_DESCRIPTION,
};
use crate::view::app::context::use_view;
use crate::view::intl;
use crate::view::labels;
use crate::view::links::copier::use_copier;
use crate::view::strings::citation_list::{EXCERPT, NEW_TAB, READ, VIA};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationListProps {
    pub citations: &'static [Citation],
}

#[function_component(CitationList)]
pub fn citation_list(props: &CitationListProps) -> Html {
    let ctx = use_view();
    let lang = ctx.lang;
    let data = ctx.data;
    let copier = use_copier();
    let items = props.citations.iter().enumerate().map(|(i, c)| {
        let Some(source) = data.sources.get(c.source as usize) else {
            return html! {};
        };
        let text = citation_text(
            source,
            &intl::when(source.when, lang),
            Some(c.excerpt),
            lang,
        );
        html! {
            <li class="xhs-citation" data-source={source.id}>
                { publisher_line(source, lang) }
                <p class="xhs-citation__title">{ source_title(source, lang) }</p>
                <figure class="xhs-citation__quote">
                    <figcaption class="xhs-citation__quote-label">{ EXCERPT.get(lang) }</figcaption>
                    <blockquote class="xhs-citation__excerpt" lang={source.lang.tag()}>
                        <p>{ c.excerpt }</p>
                    </blockquote>
                </figure>
                { locator(source, lang) }
                { copier.controls(i, text, lang) }
            </li>
        }
    });
    html! {
        <ol class="xhs-citations">{ for items }</ol>
    }
}

/// Publishers are written in English in the data whatever language the source is in, so under
/// a Chinese interface they carry `lang="en"`; excerpts carry the source's language.
pub fn data_lang(lang: Lang) -> Option<&'static str> {
    (lang != Lang::En).then_some("en")
}

/// A source's title: the outlet's headline as a `<cite>` in its own language, or our
/// description, visibly labelled as ours and never set as a citation of the outlet's words.
pub fn source_title(source: &Source, lang: Lang) -> Html {
    let (title, headline) = title_text(source, lang);
    let title_tag = title_lang(source, lang).tag();
    if headline {
        html! { <cite class="xhs-citation__headline" lang={title_tag}>{ title }</cite> }
    } else {
        html! {
            <span class="xhs-citation__description">
                <span class="xhs-badge xhs-badge--description">{ OUR_DESCRIPTION.get(lang) }</span>
                { " " }<span lang={title_tag}>{ title }</span>
            </span>
        }
    }
}

/// The publisher ("via" the wire service it syndicates) and the date of `source`.
pub fn publisher_line(source: &Source, lang: Lang) -> Html {
    html! {
        <p class="xhs-citation__source">
            <span class="xhs-citation__publisher"
                lang={(!source.publisher.is_empty()).then_some(()).and(data_lang(lang))}>
                { publisher_name(source, lang) }
            </span>
            if !source.via.get(lang).is_empty() {
                <span class="xhs-citation__via">
                    if lang == Lang::En {
                        { " " }{ VIA.get(lang) }{ " " }{ source.via.get(lang) }
                    } else {
                        { "（" }{ VIA.get(lang) }{ source.via.get(lang) }{ "）" }
                    }
                </span>
            }
            <span aria-hidden="true">{ " · " }</span>
            <span class="xhs-citation__kind" data-kind={source.kind.name()}>
                { kind_label(source.kind).get(lang) }
            </span>
            if source.machine_translated {
                <span aria-hidden="true">{ " · " }</span>
                <span class="xhs-citation__machine">{ MACHINE_TRANSLATION.get(lang) }</span>
            }
            <span aria-hidden="true">{ " · " }</span>
            <time datetime={intl::iso(source.when.date)}>{ intl::when(source.when, lang) }</time>
        </p>
    }
}

/// A link to a web source, or a note that the article is on file without a public link.
pub fn locator(source: &Source, lang: Lang) -> Html {
    match source.locator {
        Locator::Url(url) => html! {
            <p class="xhs-citation__where">
                <a class="xhs-citation__link" href={url} target="_blank" rel="noopener noreferrer">
                    { READ.get(lang) }
                    <span class="xhs-citation__host">{ labels::in_brackets(host_of(url), lang) }</span>
                    <span class="xhs-visually-hidden">{ NEW_TAB.get(lang) }</span>
                </a>
            </p>
        },
        Locator::Seed(_) => html! {
            <p class="xhs-citation__where">{ ON_FILE.get(lang) }</p>
        },
    }
}
