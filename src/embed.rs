//! Embedding: how the widget gets from a host page's element (or script tag) onto the screen.

/// The functions exported to JavaScript: `mount`, `mountAll`, and the start hook.
#[cfg(target_arch = "wasm32")]
pub mod api;
/// Yew apps parked for reuse, so repeated mounts and removals leak nothing.
#[cfg(target_arch = "wasm32")]
pub mod app_pool;
/// Embed attributes → validated [`config::EmbedConfig`] plus warnings (pure, tested natively).
pub mod config;
/// The DOM events a host element fires (ready, filter, section, language, error).
#[cfg(target_arch = "wasm32")]
pub mod host_events;
/// Mounting the Yew app into a host element inside an open Shadow DOM.
#[cfg(target_arch = "wasm32")]
pub mod mount;
/// The JS options object of `mount()`/`update()`, read into a typed struct.
#[cfg(target_arch = "wasm32")]
pub mod options;
/// Keeps the host page's fallback content visible if the widget panics.
#[cfg(target_arch = "wasm32")]
pub mod panic_guard;
