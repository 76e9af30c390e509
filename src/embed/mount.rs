//! Mounts the app into a host element, inside an open Shadow DOM with the adopted stylesheet.
//!
//! The host's own children (the fallback content) stay in the light DOM: once the shadow root is
//! attached they stop rendering, and if mounting fails before that, they simply stay visible.

use super::app_pool::PooledApp;
use super::config::EmbedConfig;
use crate::view::app::notice::Notice;
use crate::view::app::AppProps;
use std::fmt;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::Callback;

/// The stylesheet, adopted by every shadow root: `www/styles/*.css` joined by build.rs.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/explainer.css"));

/// Marks a host that already carries a widget.
pub const MOUNTED_ATTR: &str = "data-xhs-mounted";

/// Marks a host whose shadow root is ours: a shadow root cannot be detached, so a widget mounted
/// again into the same element (an `<xhs-explainer>` removed and inserted again) reuses it.
pub const SHADOW_ATTR: &str = "data-xhs-shadow";

/// Why a mount did not happen; the host page is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountError {
    /// No element matched the selector.
    NoElement(String),
    /// The element already has a widget (or another shadow root).
    AlreadyMounted,
    /// The browser refused something (`attachShadow` on a void element, no constructable sheets…).
    Browser(String),
}

impl fmt::Display for MountError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MountError::NoElement(sel) => {
                write!(
                    out,
                    "xhs-explainer: no element matches \"{sel}\"; nothing was mounted"
                )
            }
            MountError::AlreadyMounted => {
                write!(
                    out,
                    "xhs-explainer: this element already has a widget or a shadow root"
                )
            }
            MountError::Browser(msg) => write!(out, "xhs-explainer: the browser refused: {msg}"),
        }
    }
}

/// A mounted widget. Dropping it leaves the widget on the page; call [`Mounted::unmount`] to
/// remove it and show the host's fallback content again.
pub struct Mounted {
    app: PooledApp,
    pub host: Element,
    pub shadow: ShadowRoot,
    /// The settings the app was last given.
    pub config: EmbedConfig,
    on_notice: Callback<Notice>,
}

impl Mounted {
    /// Gives the live app new settings; it changes only what differs (`App` follows its props).
    pub fn update(&mut self, config: EmbedConfig) {
        if config == self.config {
            return;
        }
        // (The App applies a changed theme to the host itself, once it renders with it.)
        self.config = config.clone();
        self.app.update(AppProps {
            config,
            on_notice: self.on_notice.clone(),
        });
    }

    pub fn unmount(self) {
        // Parked, not destroyed: Yew would leak a destroyed app's listeners (see app_pool).
        self.app.park();
        super::panic_guard::forget(&self.shadow);
        // A shadow root cannot be detached; a slot shows the light-DOM fallback again.
        self.shadow.set_inner_html("<slot></slot>");
        let _ = self.host.remove_attribute(MOUNTED_ATTR);
    }
}

/// Finds the first element matching `selector` in the document.
pub fn find(selector: &str) -> Result<Element, MountError> {
    let doc = gloo::utils::document();
    match doc.query_selector(selector) {
        Ok(Some(el)) => Ok(el),
        Ok(None) => Err(MountError::NoElement(selector.into())),
        Err(_) => Err(MountError::NoElement(selector.into())),
    }
}

/// Mounts the explainer into `host` with `config`. Never panics on a bad host.
pub fn mount_into(host: &Element, config: EmbedConfig) -> Result<Mounted, MountError> {
    if host.has_attribute(MOUNTED_ATTR) {
        return Err(MountError::AlreadyMounted);
    }
    let shadow = match host.shadow_root() {
        Some(ours) if host.has_attribute(SHADOW_ATTR) => {
            ours.set_inner_html("");
            ours
        }
        Some(_) => return Err(MountError::AlreadyMounted),
        None => {
            let shadow = host
                .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
                .map_err(|e| MountError::Browser(js_text(&e)))?;
            let _ = host.set_attribute(SHADOW_ATTR, "");
            shadow
        }
    };
    adopt_styles(&shadow);
    // The theme is on the host before the first render, so a dark embed never paints light.
    crate::view::app::theme::apply(host, config.theme);
    super::panic_guard::install();
    let on_notice = {
        let host = host.clone();
        Callback::from(move |notice: Notice| super::host_events::notify(&host, &notice))
    };
    let props = AppProps {
        config: config.clone(),
        on_notice: on_notice.clone(),
    };
    let new_root = || {
        let root = gloo::utils::document()
            .create_element("div")
            .map_err(|e| MountError::Browser(js_text(&e)))?;
        root.set_class_name("xhs-root");
        Ok(root)
    };
    let placing = |e: wasm_bindgen::JsValue| MountError::Browser(js_text(&e));
    let app = match PooledApp::take(props, &shadow, new_root, placing) {
        Ok(app) => app,
        Err(error) => {
            // Halfway: the fallback shows again and the element can be mounted later.
            shadow.set_inner_html("<slot></slot>");
            return Err(error);
        }
    };
    let _ = host.set_attribute(MOUNTED_ATTR, "true");
    super::panic_guard::watch(&shadow);
    Ok(Mounted {
        app,
        host: host.clone(),
        shadow,
        config,
        on_notice,
    })
}

/// The stylesheet, adopted (one sheet shared by every widget on the page), or else, where a
/// browser cannot construct one (Safari before 16.4), as a `<style>` element in the still empty
/// shadow root.
fn adopt_styles(shadow: &web_sys::ShadowRoot) {
    match shared_sheet() {
        Ok(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet.into())),
        Err(_) => shadow.set_inner_html(&["<style>", STYLESHEET, "</style>"].concat()),
    }
}

/// One stylesheet for every widget on the page, parsed once and adopted by each shadow root.
fn shared_sheet() -> Result<CssStyleSheet, MountError> {
    thread_local! {
        static SHEET: std::cell::RefCell<Option<CssStyleSheet>> = const { std::cell::RefCell::new(None) };
    }
    if let Some(sheet) = SHEET.with(|s| s.borrow().clone()) {
        return Ok(sheet);
    }
    let sheet = CssStyleSheet::new().map_err(|e| MountError::Browser(js_text(&e)))?;
    sheet
        .replace_sync(STYLESHEET)
        .map_err(|e| MountError::Browser(js_text(&e)))?;
    SHEET.with(|s| *s.borrow_mut() = Some(sheet.clone()));
    Ok(sheet)
}

fn js_text(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
