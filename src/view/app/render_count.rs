//! Counts each section's renders when the `render-count` feature is on (the browser tests turn it
//! on), so a test can see a change re-render a section that had no reason to. Without the feature
//! `note` is empty and compiles away.

use crate::query::section::Section;

#[cfg(feature = "render-count")]
thread_local! {
    static COUNTS: std::cell::RefCell<Vec<(Section, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Called at the top of a section's render.
#[inline(always)]
pub fn note(section: Section) {
    #[cfg(feature = "render-count")]
    COUNTS.with(|counts| {
        let mut counts = counts.borrow_mut();
        match counts.iter_mut().find(|(s, _)| *s == section) {
            Some((_, n)) => *n += 1,
            None => counts.push((section, 1)),
        }
    });
    #[cfg(not(feature = "render-count"))]
    let _ = section;
}

/// How many times `section` has rendered in this page, over every widget.
#[cfg(feature = "render-count")]
pub fn renders(section: Section) -> u32 {
    COUNTS.with(|counts| {
        counts
            .borrow()
            .iter()
            .find(|(s, _)| *s == section)
            .map_or(0, |(_, n)| *n)
    })
}
