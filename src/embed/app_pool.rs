//! Yew apps kept for reuse, so that mounting and removing widgets again and again leaks nothing.
//!
//! Yew 0.23 never drops an app's delegated event listeners: `HostHandlers::add_listener` calls
//! `forget()` on each one, and each holds its app's subtree (registry, root element) strongly, so
//! every destroyed app left its root element, 4 listeners and about 1 KB of JS heap behind for
//! good. Instead, an unmounted widget's app is parked here, rendering nothing, with its root
//! element detached; the next mount takes it back with new props and a new key, which starts a
//! fresh `App` (no state carried over) inside the same root and listeners. What stays alive is
//! bounded by the most widgets ever mounted at once, not by how many mounts there were.
//!
//! Tested by `tests/web_mount.rs` (`mounting_and_unmounting_again_and_again_grows_nothing`) and
//! measured by `scripts/bench_lifecycle.py`. It can go when Yew removes a destroyed app's
//! listeners; then `Mounted::unmount` destroys the app again.

use crate::view::app::{App, AppProps};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;
use web_sys::{Element, Node};
use yew::prelude::*;
use yew::AppHandle;

/// What the root renders: one widget (a fresh `App` for each `instance`), or nothing when parked.
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    pub instance: u32,
    pub app: Option<AppProps>,
}

/// The component each Yew root renders; it only carries the widget's key.
#[function_component(Root)]
pub fn root(props: &RootProps) -> Html {
    match &props.app {
        Some(app) => html! {
            <App key={props.instance} config={app.config.clone()} on_notice={app.on_notice.clone()} />
        },
        None => Html::default(),
    }
}

/// A Yew app and the element it renders into.
pub struct PooledApp {
    pub handle: AppHandle<Root>,
    pub root: Element,
    instance: u32,
}

thread_local! {
    static PARKED: RefCell<Vec<PooledApp>> = const { RefCell::new(Vec::new()) };
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

impl PooledApp {
    /// A parked app, or else a new one rendering into the element `new_root` makes, placed in
    /// `parent` and then showing `app` under a new key (placed first, so that the first render
    /// already sits in the shadow root).
    pub fn take<E>(
        app: AppProps,
        parent: &Node,
        new_root: impl FnOnce() -> Result<Element, E>,
        placing: impl Fn(JsValue) -> E,
    ) -> Result<PooledApp, E> {
        let instance = NEXT_INSTANCE.with(|n| n.replace(n.get().wrapping_add(1)));
        let props = RootProps {
            instance,
            app: Some(app),
        };
        if let Some(mut pooled) = PARKED.with(|p| p.borrow_mut().pop()) {
            if let Err(error) = parent.append_child(&pooled.root) {
                PARKED.with(|p| p.borrow_mut().push(pooled));
                return Err(placing(error));
            }
            pooled.instance = instance;
            pooled.handle.update(props);
            return Ok(pooled);
        }
        let root = new_root()?;
        parent.append_child(&root).map_err(placing)?;
        let handle = yew::Renderer::<Root>::with_root_and_props(root.clone(), props).render();
        Ok(PooledApp {
            handle,
            root,
            instance,
        })
    }

    /// New settings for the widget on show (same key: the `App` follows them in place).
    pub fn update(&mut self, app: AppProps) {
        self.handle.update(RootProps {
            instance: self.instance,
            app: Some(app),
        });
    }

    /// Renders nothing (the widget's components are dropped), empties and detaches the root
    /// element, and keeps the app for the next mount.
    pub fn park(mut self) {
        self.handle.update(RootProps {
            instance: self.instance,
            app: None,
        });
        // Yew renders that later (its scheduler may wait for the next task); until then the old
        // widget's DOM would still be in the root, and the next mount would show it for a moment.
        // Emptied now: Yew's own removal then finds nothing to remove, which it tolerates (a
        // warning through `tracing`, a no-op without a subscriber; only raw-HTML nodes, which the
        // widget has none of, would panic).
        self.root.set_text_content(None);
        self.root.remove();
        PARKED.with(|p| p.borrow_mut().push(self));
    }
}

/// How many apps are parked; for tests of mounting and unmounting.
pub fn parked() -> usize {
    PARKED.with(|p| p.borrow().len())
}
