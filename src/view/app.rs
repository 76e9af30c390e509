//! The root component: the explainer's frame (header, section tabs) around the sections.

use crate::data::dataset;
use crate::embed::config::{EmbedConfig, Section};
use crate::model::records::Lang;
use crate::view::labels;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: EmbedConfig,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let data = dataset();
    let lang = use_state(|| props.config.lang);
    let section = use_state(|| props.config.section);
    let l = *lang;

    let on_toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_| {
            lang.set(match *lang {
                Lang::En => Lang::Zh,
                Lang::Zh => Lang::En,
            })
        })
    };

    let tabs = Section::ALL.iter().map(|(name, s)| {
        let selected = *section == *s;
        let onclick = {
            let section = section.clone();
            let s = *s;
            Callback::from(move |_| section.set(s))
        };
        html! {
            <button role="tab" class="xhs-tab" id={format!("xhs-tab-{name}")}
                aria-selected={selected.to_string()} aria-controls={format!("xhs-panel-{name}")}
                tabindex={if selected { "0" } else { "-1" }} {onclick}>
                { labels::section(*s).get(l) }
            </button>
        }
    });

    let current = *section;
    html! {
        <div class={classes!("xhs-app", format!("xhs-theme-{}", props.config.theme.name()))}
            lang={l.tag()}>
            <header class="xhs-header">
                <h2 class="xhs-title">{ data.title.get(l) }</h2>
                <p class="xhs-lede">{ data.lede.get(l) }</p>
                <p class="xhs-asof">{ labels::AS_OF.get(l) }{" "}
                    <time datetime={iso(data.as_of)}>{ iso(data.as_of) }</time></p>
                <button class="xhs-lang" onclick={on_toggle_lang}
                    aria-label={labels::LANGUAGE.get(l)}
                    lang={match l { Lang::En => "zh-Hans", Lang::Zh => "en" }}>
                    { labels::other_language(l) }
                </button>
            </header>
            <nav class="xhs-nav" aria-label={labels::SECTIONS_NAV.get(l)}>
                <div role="tablist" class="xhs-tabs">{ for tabs }</div>
            </nav>
            <section role="tabpanel" class="xhs-panel" id={format!("xhs-panel-{}", current.name())}
                aria-labelledby={format!("xhs-tab-{}", current.name())} tabindex="0">
                <h3>{ labels::section(current).get(l) }</h3>
            </section>
        </div>
    }
}

fn iso(d: crate::model::records::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}
