//! Catching the files the widget offers for download: `URL.createObjectURL` is replaced for the
//! length of a test, so the Blobs behind the download links can be read back.
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Replaces `URL.createObjectURL` until dropped, keeping every Blob it is given.
pub struct CapturedBlobs {
    original: JsValue,
    pub blobs: Rc<RefCell<Vec<web_sys::Blob>>>,
    _hook: Closure<dyn FnMut(web_sys::Blob) -> String>,
}

impl CapturedBlobs {
    pub fn start() -> Self {
        let url = js_sys::Reflect::get(&js_sys::global(), &"URL".into()).unwrap();
        let original = js_sys::Reflect::get(&url, &"createObjectURL".into()).unwrap();
        let blobs = Rc::new(RefCell::new(Vec::new()));
        let keep = blobs.clone();
        let hook = Closure::wrap(Box::new(move |b: web_sys::Blob| {
            keep.borrow_mut().push(b);
            "blob:captured".to_string()
        }) as Box<dyn FnMut(web_sys::Blob) -> String>);
        js_sys::Reflect::set(&url, &"createObjectURL".into(), hook.as_ref()).unwrap();
        CapturedBlobs {
            original,
            blobs,
            _hook: hook,
        }
    }
}

impl Drop for CapturedBlobs {
    fn drop(&mut self) {
        let url = js_sys::Reflect::get(&js_sys::global(), &"URL".into()).unwrap();
        let _ = js_sys::Reflect::set(&url, &"createObjectURL".into(), &self.original);
    }
}

pub async fn blob_text(b: &web_sys::Blob) -> String {
    let promise: js_sys::Promise = js_sys::Reflect::get(b, &"text".into())
        .unwrap()
        .dyn_into::<js_sys::Function>()
        .unwrap()
        .call0(b)
        .unwrap()
        .dyn_into()
        .unwrap();
    JsFuture::from(promise).await.unwrap().as_string().unwrap()
}
