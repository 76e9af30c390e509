//! The JavaScript API: what the embed loader and developers call.
//!
//! `mountAll()` mounts every `[data-xhs-explainer]` element not yet mounted, reading its `data-*`
//! attributes; it also runs once when the wasm starts, so a page (or Trunk's index.html) needs no
//! script of its own. `mount(target, options)` mounts one element and returns a handle with
//! `unmount()`. Bad attributes or options log one console warning each and fall back to defaults;
//! options are read by `options` (serde-wasm-bindgen into a typed struct).

use super::config::{attribute_value, from_attributes, EmbedConfig};
use super::mount::{find, mount_into, Mounted, MOUNTED_ATTR};
use super::options::Field;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The attribute that marks an element as a place for the explainer.
pub const TARGET_ATTR: &str = "data-xhs-explainer";

#[wasm_bindgen(start)]
pub fn start() {
    mount_all();
}

/// Mounts every marked element on the page that has no widget yet; returns how many it mounted.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all() -> u32 {
    let selector = format!("[{TARGET_ATTR}]:not([{MOUNTED_ATTR}])");
    let Ok(list) = gloo::utils::document().query_selector_all(&selector) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        match mount_into(&el, config_of(&el)) {
            // The page owns these widgets for its lifetime.
            Ok(m) => {
                std::mem::forget(m);
                mounted += 1;
            }
            Err(e) => gloo::console::warn!(e.to_string()),
        }
    }
    mounted
}

/// A widget mounted through [`mount`].
#[wasm_bindgen]
pub struct Handle {
    inner: Option<Mounted>,
}

#[wasm_bindgen]
impl Handle {
    /// Removes the widget; the host's fallback content shows again.
    pub fn unmount(&mut self) {
        if let Some(m) = self.inner.take() {
            m.unmount();
        }
    }

    /// The same as [`Handle::unmount`], under the name the element API uses.
    pub fn destroy(&mut self) {
        self.unmount();
    }

    /// Changes the live widget's settings: `options` as for `mount()`, where a missing or null
    /// field keeps the current value. Bad values warn once each and keep the current value.
    pub fn update(&mut self, options: JsValue) {
        let Some(mounted) = self.inner.as_mut() else {
            return;
        };
        let current = mounted.config.clone();
        let config = config_of_options(&options, |attr| {
            Some(attribute_value(&current, attr)).filter(|v| !v.is_empty())
        });
        mounted.update(config);
    }
}

/// Mounts into `target` (an Element or a CSS selector) with `options`
/// (`{ lang, theme, section, hashKey, filter, search }`, all optional). Throws an Error naming the problem if the
/// target is missing or already mounted; never panics.
#[wasm_bindgen]
pub fn mount(target: JsValue, options: JsValue) -> Result<Handle, JsError> {
    let el = if let Some(sel) = target.as_string() {
        find(&sel).map_err(|e| JsError::new(&e.to_string()))?
    } else {
        target.dyn_into::<Element>().map_err(|_| {
            JsError::new("xhs-explainer: mount(target) needs an Element or a CSS selector")
        })?
    };
    let config = config_of_options(&options, |attr| el.get_attribute(attr));
    let mounted = mount_into(&el, config).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(Handle {
        inner: Some(mounted),
    })
}

/// Config from the element's `data-*` attributes, warning once per bad value.
fn config_of(el: &Element) -> EmbedConfig {
    let (config, warnings) = from_attributes(|name| el.get_attribute(name));
    for w in warnings {
        gloo::console::warn!(w.to_string());
    }
    config
}

/// Config from a JS options object (camelCase keys), falling back to `fallback(attribute)`: the
/// element's attributes on mount, the current settings on update.
fn config_of_options(options: &JsValue, fallback: impl Fn(&str) -> Option<String>) -> EmbedConfig {
    let (read, problems) = super::options::read(options);
    for problem in problems {
        gloo::console::warn!(problem);
    }
    let (config, warnings) = from_attributes(|attr| match read.get(option_key(attr)) {
        Field::Text(value) => Some(value.clone()),
        Field::Absent | Field::Other(_) => fallback(attr),
    });
    // Named as the caller wrote them: `lang`, `hashKey`.
    for mut w in warnings {
        w.attribute = option_key(w.attribute);
        gloo::console::warn!(w.to_string());
    }
    config
}

/// The `mount()` option that stands for each attribute: `data-hash-key` → `hashKey`.
fn option_key(attr: &str) -> &'static str {
    match attr {
        "data-lang" => "lang",
        "data-theme" => "theme",
        "data-section" => "section",
        "data-hash-key" => "hashKey",
        "data-filter" => "filter",
        "data-search" => "search",
        _ => unreachable!("not one of config::ATTRIBUTES: {attr}"),
    }
}
