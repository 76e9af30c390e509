//! The colour theme a reader or host picks: light, dark, or following the system.

crate::named_enum! {
    /// Light, dark, or following the reader's `prefers-color-scheme`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Theme {
        #[default]
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

/// The host attribute the stylesheet's `:host([data-xhs-theme=…])` rules read: the one place the
/// page sees the theme. The embed sets it before the first render, the view on every change.
pub const HOST_ATTR: &str = "data-xhs-theme";

/// Shows `theme` on `host` (the element carrying the shadow root).
pub fn apply(host: &web_sys::Element, theme: Theme) {
    let _ = host.set_attribute(HOST_ATTR, theme.name());
}
