// Test aid for the demo pages: on a `xhs-test-trap` event, makes the widget's own wasm instance
// trap, in a task of its own as a panic in one of the widget's event listeners would (an
// allocation no wasm32 heap can hold aborts, and an abort is the same `unreachable` a panic
// becomes in the release build). It runs in the page, not in the test driver's sandbox, so the
// glue it imports is the module the loader imported (same URL, same instance), and the task's
// callback is the wasm function itself: the browser reports the error as the widget's own.
// window.__xhsTrap says whether the trap was set ("set") or why not.
document.addEventListener("xhs-test-trap", function () {
  var glue = performance.getEntriesByType("resource").map(function (e) { return e.name; })
    .filter(function (n) { return /\/xhs-explainer-[0-9a-f]+\.js$/.test(n); })[0];
  if (!glue) { window.__xhsTrap = "the page loaded no glue"; return; }
  import(glue).then(function (mod) { return mod.default(); }).then(function (wasm) {
    // wasm-bindgen exports its allocator as __wbindgen_malloc, or in release builds as
    // __wbindgen_export (the allocator the glue's string passing uses).
    var malloc = wasm.__wbindgen_malloc || wasm.__wbindgen_export;
    if (typeof malloc !== "function") { window.__xhsTrap = "no allocator export"; return; }
    setTimeout(malloc, 0, 0xFFFFFFF0, 1);
    window.__xhsTrap = "set";
  }, function (err) { window.__xhsTrap = String(err); });
});
