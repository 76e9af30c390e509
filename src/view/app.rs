//! The root component: owns the one filter state, derives what is visible, and frames the
//! sections (header, filters, tabs, the current section, the event dialog).

use crate::data::dataset;
use crate::model::records::{Dataset, Lang};
use crate::query::action::Action;
use crate::query::counts::ResultCounts;
use crate::query::hash::{decode, encode};
use crate::query::search::SearchIndex;
use crate::query::section::Section;
use crate::query::state::Query;
use crate::query::visible::Visible;
use crate::view::context::ViewContext;
use crate::view::event_detail::EventDetail;
use crate::view::filter_bar::FilterBar;
use crate::view::hash_sync;
use crate::view::labels;
use crate::view::notice::Notice;
use crate::view::query_reducer::{QueryMsg, QueryReducer};
use crate::view::section_tabs::{self, section_tabs};
use crate::view::settings::Settings;
use crate::view::theme::Theme;
use crate::view::{clock, numbers, overview, platforms, sources, timeline, voices};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Settings,
    /// Told of readiness and of the reader's changes (the embed layer makes DOM events of them).
    #[prop_or_default]
    pub on_notice: Callback<Notice>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let data = dataset();
    let lang = use_state(|| props.config.lang);
    let theme = use_state(|| props.config.theme);
    let section = use_state(|| props.config.section);
    let open_event = use_state(|| None::<usize>);
    // This instance's filters start from the URL hash, so the first render already shows them.
    let hash_key = props.config.hash_key.clone();
    let query = {
        let key = hash_key.clone();
        let config = props.config.clone();
        use_reducer(move || QueryReducer(Rc::new(initial_query(&key, &config, data))))
    };
    let index = use_memo((), |_| SearchIndex::new(data));
    let visible = {
        let index = index.clone();
        use_memo(query.0.clone(), move |q| q.visible(data, &index))
    };

    use_follow_settings(&props.config, &lang, &theme, &section, &query);
    use_notify_host(&props.on_notice, &query.0, &visible, *section, *lang);

    // Mirror every change of the filters back into the hash.
    {
        let key = hash_key.clone();
        use_effect_with(query.0.clone(), move |q| {
            if !key.is_empty() {
                hash_sync::write(&key, q, data);
            }
        });
    }

    // Tokens live on :host so a host page can override them; the theme rides on the host too.
    // The embed put the starting theme there before the first render; this follows changes.
    let frame = use_node_ref();
    {
        let frame = frame.clone();
        use_effect_with(*theme, move |theme| {
            if let Some(el) = frame.cast::<web_sys::Element>() {
                let root = el.get_root_node();
                let host = root
                    .dyn_ref::<web_sys::ShadowRoot>()
                    .map(|s| s.host())
                    .unwrap_or(el);
                crate::view::theme::apply(&host, *theme);
            }
        });
    }

    // The selected tab stays in view when the tab bar scrolls (narrow widgets).
    {
        let frame = frame.clone();
        use_effect_with(*section, move |s| section_tabs::reveal(&frame, *s));
    }

    // Callbacks made once per widget (the dispatcher and the setter never change), so the
    // context compares equal across renders that change neither language nor filters, and the
    // sections under it do not re-render for nothing.
    let on_action = {
        let dispatcher = query.dispatcher();
        use_callback((), move |action, _| {
            dispatcher.dispatch(QueryMsg::Act(action))
        })
    };
    let on_open_event = {
        let setter = open_event.setter();
        use_callback((), move |ix, _| setter.set(Some(ix)))
    };
    let on_section = {
        let setter = section.setter();
        use_callback((), move |s: Section, _| setter.set(s))
    };
    let ctx = ViewContext {
        lang: *lang,
        data,
        index: index.clone(),
        query: query.0.clone(),
        visible: visible.clone(),
        on_action: on_action.clone(),
        on_open_event: on_open_event.clone(),
        on_section: on_section.clone(),
    };
    let reader_lang = *lang;

    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |_| {
            lang.set(match *lang {
                Lang::En => Lang::Zh,
                Lang::Zh => Lang::En,
            })
        })
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some((_, t)) = Theme::ALL.iter().find(|(n, _)| *n == value) {
                theme.set(*t);
            }
        })
    };
    let on_close = {
        let open_event = open_event.clone();
        Callback::from(move |_| open_event.set(None))
    };

    let current = *section;
    let body = match current {
        Section::Overview => html! { <overview::Overview /> },
        Section::Timeline => html! { <timeline::Timeline /> },
        Section::Numbers => html! { <numbers::Numbers /> },
        Section::Platforms => html! { <platforms::Platforms /> },
        Section::Voices => html! { <voices::Voices /> },
        Section::Clock => html! { <clock::Clock /> },
        Section::Sources => html! { <sources::Sources /> },
    };
    let theme_options = Theme::ALL.iter().map(|(name, t)| {
        html! { <option value={*name} selected={*theme == *t}>{ labels::theme(*t).get(reader_lang) }</option> }
    });

    html! {
        <ContextProvider<ViewContext> context={ctx}>
        <div class="xhs-app" lang={reader_lang.tag()} ref={frame}>
            <header class="xhs-header" part="header">
                <h2 class="xhs-title">{ data.title.get(reader_lang) }</h2>
                <div class="xhs-settings">
                    // The accessible name contains the visible text ("Switch language: 简体中文").
                    <button type="button" class="xhs-lang" onclick={on_lang}>
                        <span class="xhs-visually-hidden">{ labels::SWITCH_LANGUAGE.get(reader_lang) }</span>
                        <span lang={match reader_lang { Lang::En => "zh-Hans", Lang::Zh => "en" }}>
                            { labels::other_language(reader_lang) }
                        </span>
                    </button>
                    <label class="xhs-theme-pick">
                        <span class="xhs-visually-hidden">{ labels::THEME.get(reader_lang) }</span>
                        <select class="xhs-theme-select" onchange={on_theme}>{ for theme_options }</select>
                    </label>
                </div>
            </header>
            <FilterBar hidden={current == Section::Overview} />
            { section_tabs(reader_lang, current, &on_section) }
            <section role="tabpanel" class="xhs-panel" part="panel" id={format!("xhs-panel-{}", current.name())}
                aria-labelledby={format!("xhs-tab-{}", current.name())} tabindex="0">
                { body }
            </section>
            if let Some(ix) = *open_event {
                <EventDetail event={ix} on_close={on_close} />
            }
        </div>
        </ContextProvider<ViewContext>>
    }
}

/// The filters an instance starts with: its part of the URL hash, else its settings' filter and
/// search.
fn initial_query(key: &str, config: &Settings, data: &'static Dataset) -> Query {
    if !key.is_empty() {
        if let Some(query) = hash_sync::read(key, data) {
            return query;
        }
    }
    settings_query(config, data)
}

/// The query a host's `filter` and `search` settings stand for; a bad part warns once and is
/// skipped.
fn settings_query(config: &Settings, data: &Dataset) -> Query {
    let decoded = decode(&config.filter, data);
    for warning in &decoded.warnings {
        gloo::console::warn!(format!(
            "xhs-explainer: filter=\"{}\": {warning}; that part is ignored",
            config.filter
        ));
    }
    let mut query = decoded.query;
    if !config.search.is_empty() {
        query = query.reduce(Action::SetText(config.search.clone()));
    }
    query
}

/// A host that changes its element's settings on a live instance changes the view in place: the
/// language, theme or section that changed, or the filters when the filter or search changed.
/// What the reader changed otherwise stays; a render with unchanged settings does nothing.
#[hook]
fn use_follow_settings(
    config: &Settings,
    lang: &UseStateHandle<Lang>,
    theme: &UseStateHandle<Theme>,
    section: &UseStateHandle<Section>,
    query: &UseReducerHandle<QueryReducer>,
) {
    let applied = use_mut_ref(|| config.clone());
    let (lang, theme, section) = (lang.clone(), theme.clone(), section.clone());
    let dispatcher = query.dispatcher();
    use_effect_with(config.clone(), move |config| {
        let mut was = applied.borrow_mut();
        if config.lang != was.lang {
            lang.set(config.lang);
        }
        if config.theme != was.theme {
            theme.set(config.theme);
        }
        if config.section != was.section {
            section.set(config.section);
        }
        if config.filter != was.filter || config.search != was.search {
            dispatcher.dispatch(QueryMsg::Replace(settings_query(config, dataset())));
        }
        *was = config.clone();
    });
}

/// Tells the host: ready after the first render, then each change of filters, section or
/// language (one notice per change, never for a render that changed none of them).
#[hook]
fn use_notify_host(
    on_notice: &Callback<Notice>,
    query: &Rc<Query>,
    visible: &Rc<Visible>,
    section: Section,
    lang: Lang,
) {
    let told = use_mut_ref(|| None::<(Rc<Query>, Section, Lang)>);
    let on_notice = on_notice.clone();
    let visible = visible.clone();
    use_effect_with(
        (query.clone(), section, lang),
        move |(query, section, lang)| {
            let before = told.borrow_mut().replace((query.clone(), *section, *lang));
            let Some((query_was, section_was, lang_was)) = before else {
                on_notice.emit(Notice::Ready);
                return;
            };
            if query_was != *query {
                let data = dataset();
                on_notice.emit(Notice::FilterChange {
                    state: encode(query, data),
                    counts: ResultCounts::new(&visible, data),
                });
            }
            if section_was != *section {
                on_notice.emit(Notice::SectionChange(*section));
            }
            if lang_was != *lang {
                on_notice.emit(Notice::LangChange(*lang));
            }
        },
    );
}
