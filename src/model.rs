//! The dataset's schema: runtime records, and the build-time input, validator and generator.
//!
//! Only `records` reaches the wasm. The rest runs in build.rs and, natively, in tests, so the
//! build's checks can be exercised on broken fixtures.

/// `&'static` record types the generated data is made of.
pub mod records;

/// Rust source generation from validated input.
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
/// Whether an excerpt writes a figure's value (the build's precision rule).
#[cfg(not(target_arch = "wasm32"))]
pub mod figure_number;
/// The TOML input shape of `data/*.toml`.
#[cfg(not(target_arch = "wasm32"))]
pub mod input;
/// Check and code generation for the interface's words, `data/interface.toml`.
#[cfg(not(target_arch = "wasm32"))]
pub mod interface;
/// Build-time stylesheet minifier.
#[cfg(not(target_arch = "wasm32"))]
pub mod minify_css;
pub mod root_units;
/// A synthetic large dataset for benchmarks.
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
/// Build-time checks of the input, reporting every problem at once.
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
