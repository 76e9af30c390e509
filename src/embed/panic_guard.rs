//! If the widget panics, every mounted shadow root shows its host's fallback content again.
//!
//! A panic aborts the wasm instance (release builds use `panic = "abort"`), so the widget cannot
//! recover; what matters is that the host page keeps working and the reader still sees the
//! fallback text instead of a frozen half-drawn widget.

use std::cell::RefCell;
use web_sys::ShadowRoot;

thread_local! {
    static ROOTS: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook once; later calls do nothing.
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            gloo::console::error!(format!("xhs-explainer stopped: {info}"));
            // try_with: the thread-local may already be borrowed if the panic came from here.
            let _ = ROOTS.try_with(|roots| {
                if let Ok(roots) = roots.try_borrow() {
                    for root in roots.iter() {
                        root.set_inner_html("<slot></slot>");
                    }
                }
            });
        }));
    });
}

/// Remembers a shadow root to reveal the fallback of, should a panic happen.
pub fn watch(root: &ShadowRoot) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}
