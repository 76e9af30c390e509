//! If the widget panics, every mounted shadow root shows its host's fallback content again.
//!
//! A panic aborts the wasm instance (wasm32 has no unwinding), so the widget cannot recover;
//! what matters is that the host page keeps working and the reader sees the fallback text
//! instead of a frozen, half-drawn widget.

use std::cell::{Cell, RefCell};
use web_sys::ShadowRoot;

thread_local! {
    static ROOTS: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
    /// Set once the hook is in place: it is installed on the first mount only.
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// Puts the guard in front of whatever panic hook is current (a host's or a test runner's), which
/// still runs afterwards. Installed once, on the first mount; later mounts find it in place.
/// It goes through `yew::set_custom_panic_hook`: Yew otherwise replaces any existing hook with
/// its own the first time it renders.
///
/// Not in a build that aborts at once on a panic (the release wasm, `-Cpanic=immediate-abort`;
/// docs/performance.md): there a panic runs no hook, so embed.js guards the page instead, and the
/// hook with std's default one behind it would be 2 KB of code that never runs.
pub fn install() {
    if cfg!(panic = "immediate-abort") {
        return;
    }
    // After a panic (wasm cannot unwind) std counts the thread as panicking for good, and
    // touching the hook would panic again: the guard already did its work, so leave it be.
    if std::thread::panicking() || INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let previous = std::panic::take_hook();
    yew::set_custom_panic_hook(Box::new(move |info| {
        gloo::console::error!(format!("xhs-explainer stopped: {info}"));
        reveal_fallbacks();
        previous(info);
    }));
}

/// Replaces every watched widget with a slot showing its host's own (fallback) children.
pub fn reveal_fallbacks() {
    // try_with / try_borrow: never panic inside the panic hook.
    let _ = ROOTS.try_with(|roots| {
        if let Ok(roots) = roots.try_borrow() {
            // Only the instances still on the page: a removed one has nobody to show it to.
            for root in roots.iter().filter(|root| root.host().is_connected()) {
                root.set_inner_html("<slot></slot>");
                let host = root.host();
                let _ = host.set_attribute("data-xhs-error", "panic");
                super::host_events::error(&host, "panic", "the widget stopped; its fallback shows");
            }
        }
    });
}

/// Remembers a shadow root to reveal the fallback of, should a panic happen.
pub fn watch(root: &ShadowRoot) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

/// Stops watching a shadow root (its widget was unmounted), so the list does not keep it alive.
pub fn forget(root: &ShadowRoot) {
    ROOTS.with(|r| r.borrow_mut().retain(|w| !js_sys::Object::is(w, root)));
}

/// How many shadow roots are watched; for tests of mounting and unmounting.
pub fn watched() -> usize {
    ROOTS.with(|r| r.borrow().len())
}
