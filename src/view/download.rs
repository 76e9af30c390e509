//! Saving a file the widget made (a CSV or JSON export, a chart image): a temporary object URL
//! and a link the browser follows as a download.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, Url};

/// Offers `blob` as the file `name`. The link goes inside `parent`, since Firefox only follows a
/// click on a link that is in the document.
pub fn save_blob(parent: &Element, name: &str, blob: &Blob) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Some(a) = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.set_class_name("xhs-visually-hidden");
        let _ = parent.append_child(&a);
        a.click();
        a.remove();
    }
    let _ = Url::revoke_object_url(&url);
}

/// Offers `content` as the file `name` of type `mime`.
pub fn save_text(parent: &Element, name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &opts) {
        save_blob(parent, name, &blob);
    }
}
