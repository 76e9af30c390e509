//! The root component: owns the one filter state, derives what is visible, and frames the
//! sections (header, filters, tabs, the current section, the event dialog).
//!
//! Its parts, in this folder: [`context`], [`settings`], [`notice`], [`section_tabs`], [`shortcuts`], [`theme`], [`render_count`].

/// The context every section reads (language, data, query, visible subsets).
pub mod context;
/// What an instance tells its host (ready, filter, section and language changes).
pub mod notice;
/// Per-section render counts for the browser tests (feature `render-count`).
pub mod render_count;
/// Keyboard-operable section tabs.
pub mod section_tabs;
/// The settings an instance starts from (language, theme, section, hash scope).
pub mod settings;
/// Keyboard shortcuts: "/" for search, "?" for their list.
pub mod shortcuts;
/// The colour theme: light, dark or following the system.
pub mod theme;

use crate::data::dataset;
use crate::model::records::{Dataset, Lang};
use crate::query::filters::action::Action;
use crate::query::filters::counts::ResultCounts;
use crate::query::filters::search::SearchIndex;
use crate::query::filters::state::Query;
use crate::query::filters::visible::Visible;
use crate::query::links::hash::{decode, encode};
use crate::query::links::view_link::ViewLink;
use crate::query::section::Section;
use crate::query::tour::step_query;
use crate::view::app::context::ViewContext;
use crate::view::app::notice::Notice;
use crate::view::app::settings::Settings;
use crate::view::app::theme::Theme;
use crate::view::figures::numbers;
use crate::view::filters::filter_bar::FilterBar;
use crate::view::filters::query_reducer::{QueryMsg, QueryReducer};
use crate::view::labels;
use crate::view::links::hash_sync;
use crate::view::links::share::ShareBar;
use crate::view::timeline::event_detail::EventDetail;
use crate::view::tour::Tour;
use crate::view::{clock, overview, platforms, sources, timeline, voices};
use section_tabs::section_tabs;
use shortcuts::{shortcut, Shortcut};
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
    // This instance's view starts from its part of the URL hash, so the first render already
    // shows what a shared link showed; else from its settings.
    let hash_key = props.config.hash_key.clone();
    let start = {
        let key = hash_key.clone();
        let config = props.config.clone();
        use_memo((), move |_| initial_view(&key, &config, data))
    };
    let section = use_state(|| start.section);
    let open_event = use_state(|| start.event);
    let tour = use_state(|| start.step);
    let query = {
        let start = start.clone();
        use_reducer(move || QueryReducer(Rc::new(start.query.clone())))
    };
    let index = use_memo((), |_| SearchIndex::new(data));
    let visible = {
        let index = index.clone();
        use_memo(query.0.clone(), move |q| q.visible(data, &index))
    };

    use_follow_settings(&props.config, &lang, &theme, &section, &query);
    use_notify_host(&props.on_notice, &query.0, &visible, *section, *lang);

    // Mirror every change of the view back into the hash.
    {
        let key = hash_key.clone();
        use_effect_with(
            (query.0.clone(), *section, *open_event, *tour),
            move |(q, section, event, step)| {
                if !key.is_empty() {
                    let view = ViewLink {
                        query: (**q).clone(),
                        section: *section,
                        event: *event,
                        step: *step,
                    };
                    hash_sync::write(&key, &view, data);
                }
            },
        );
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
                crate::view::app::theme::apply(&host, *theme);
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
    let on_tour = {
        let (tour, section, open_event) = (tour.setter(), section.setter(), open_event.setter());
        let dispatcher = query.dispatcher();
        use_callback((), move |to: Option<usize>, _| {
            tour.set(to);
            if let Some(step) = to.and_then(|i| data.tour.get(i)) {
                section.set(step.section);
                open_event.set(None);
                dispatcher.dispatch(QueryMsg::Replace(step_query(step)));
            }
        })
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
        on_tour,
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

    // "/" goes to the search (opening the timeline if the overview, which has none, is shown);
    // "?" shows or hides the shortcuts; neither acts while the reader types or a dialog is open.
    let help = use_state(|| false);
    let focus_search = use_state(|| 0u32);
    {
        let frame = frame.clone();
        use_effect_with(*focus_search, move |asked| {
            if *asked > 0 {
                let input = frame
                    .cast::<web_sys::Element>()
                    .and_then(|app| app.query_selector("#xhs-search-input").ok().flatten())
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(input) = input {
                    let _ = input.focus();
                }
            }
        });
    }
    let on_keydown = {
        let (help, focus_search, section, open_event) = (
            help.clone(),
            focus_search.clone(),
            section.clone(),
            open_event.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            if open_event.is_some() {
                return;
            }
            match shortcut(&e) {
                Some(Shortcut::Search) => {
                    e.prevent_default();
                    if *section == Section::Overview {
                        section.set(Section::Timeline);
                    }
                    focus_search.set(*focus_search + 1);
                }
                Some(Shortcut::ToggleHelp) => {
                    e.prevent_default();
                    help.set(!*help);
                }
                Some(Shortcut::CloseHelp) if *help => help.set(false),
                _ => {}
            }
        })
    };
    let on_help = {
        let help = help.clone();
        Callback::from(move |_| help.set(!*help))
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
        <div class="xhs-app" lang={reader_lang.tag()} ref={frame} onkeydown={on_keydown}>
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
            if *help {
                { shortcuts::help(reader_lang) }
            }
            if let Some(step) = *tour {
                <Tour {step} />
            }
            <FilterBar hidden={current == Section::Overview} />
            { section_tabs(reader_lang, current, &on_section) }
            <section role="tabpanel" class="xhs-panel" part="panel" id={format!("xhs-panel-{}", current.name())}
                aria-labelledby={format!("xhs-tab-{}", current.name())} tabindex="0">
                { body }
            </section>
            <footer class="xhs-footer" part="footer">
                <ShareBar lang={reader_lang} linkable={!hash_key.is_empty()}
                    title={data.title.get(reader_lang)} />
                { shortcuts::open_button(reader_lang, *help, on_help) }
            </footer>
            if let Some(ix) = *open_event {
                <EventDetail event={ix} on_close={on_close} />
            }
        </div>
        </ContextProvider<ViewContext>>
    }
}

/// The view an instance starts with: its part of the URL hash (the section there, if given,
/// wins over the settings'), else its settings' section, filter and search.
fn initial_view(key: &str, config: &Settings, data: &'static Dataset) -> ViewLink {
    if !key.is_empty() {
        if let Some(linked) = hash_sync::read(key, data) {
            let section = if linked.has_section {
                linked.view.section
            } else {
                config.section
            };
            return ViewLink {
                section,
                ..linked.view
            };
        }
    }
    ViewLink {
        query: settings_query(config, data),
        section: config.section,
        event: None,
        step: None,
    }
}

/// The query a host's `filter` and `search` settings stand for; a bad part warns once and is
/// skipped.
fn settings_query(config: &Settings, data: &Dataset) -> Query {
    let decoded = decode(&config.filter, data);
    for warning in &decoded.warnings {
        gloo::console::warn!(format!(
            "xhs-explainer: filter=\"{}\": {warning}.",
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
