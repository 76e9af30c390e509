//! The DOM events a host element fires: `xhs-ready`, `xhs-filterchange`, `xhs-sectionchange`,
//! `xhs-langchange` and `xhs-error`. Each bubbles and is `composed`, so a listener anywhere on the
//! host page hears it, and none can be cancelled.

use crate::query::filters::counts::ResultCount;
use crate::view::app::notice::Notice;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Fires the event that stands for `notice` on `host`.
pub fn notify(host: &Element, notice: &Notice) {
    let detail = js_sys::Object::new();
    let name = match notice {
        Notice::Ready => "xhs-ready",
        Notice::FilterChange { state, counts } => {
            set(&detail, "filter", &JsValue::from_str(state));
            let shown = js_sys::Object::new();
            for (kind, count) in [
                ("events", counts.events),
                ("figures", counts.figures),
                ("quotes", counts.voices),
            ] {
                set(&shown, kind, &count_object(count));
            }
            set(&detail, "shown", &shown);
            "xhs-filterchange"
        }
        Notice::SectionChange(section) => {
            set(&detail, "section", &JsValue::from_str(section.name()));
            "xhs-sectionchange"
        }
        Notice::LangChange(lang) => {
            set(&detail, "lang", &JsValue::from_str(lang.tag()));
            "xhs-langchange"
        }
    };
    fire(host, name, &detail);
}

/// Fires `xhs-error` on `host`; `what` is `load`, `mount` or `panic`.
pub fn error(host: &Element, what: &str, message: &str) {
    let detail = js_sys::Object::new();
    set(&detail, "what", &JsValue::from_str(what));
    set(&detail, "message", &JsValue::from_str(message));
    fire(host, "xhs-error", &detail);
}

fn fire(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn count_object(count: ResultCount) -> js_sys::Object {
    let object = js_sys::Object::new();
    set(&object, "shown", &JsValue::from(count.shown as u32));
    set(&object, "total", &JsValue::from(count.total as u32));
    object
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}
