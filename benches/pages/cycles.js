/* window.benchCycle(): mounts the chosen peer into a fresh element, waits until its events'
 * titles are in the DOM, then destroys it and removes the element. window.benchWasmBytes() is the
 * explainer's wasm memory (0 for the JS peers). Only the chosen peer's files are loaded: TimelineJS
 * and vanilla.js bring window.benchMount; the explainer is used through its JS API (mount,
 * unmount). */
(function () {
  "use strict";
  var peer = new URLSearchParams(location.search).get("peer");
  var TITLES = { ours: ".xhs-timeline__title", timelinejs: ".tl-slide-content .tl-headline",
    vanilla: ".event-title" };
  var memory = null;
  var ours = null;
  var FILES = { timelinejs: ["/peers/timelinejs/css/timeline.css", "/data/events.js",
    "/peers/timelinejs/js/timeline.js", "timelinejs.js"], vanilla: ["/data/events.js", "vanilla.js"] };

  function load(src) {
    return new Promise(function (resolve, reject) {
      var css = /\.css$/.test(src);
      var el = document.createElement(css ? "link" : "script");
      if (css) { el.rel = "stylesheet"; el.href = src; } else { el.src = src; }
      el.onload = resolve;
      el.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.append(el);
    });
  }

  // /ours/xhs-explainer.js and its wasm: the bench server maps them to the build's hashed files.
  var ready = peer === "ours" ?
    import("/ours/xhs-explainer.js").then(function (mod) {
      return mod.default({ module_or_path: "/ours/xhs-explainer_bg.wasm" }).then(function (wasm) {
        memory = wasm.memory;
        ours = mod;
      });
    }) :
    FILES[peer].reduce(function (done, src) {
      return done.then(function () { return load(src); });
    }, Promise.resolve());

  function mount(el) {
    if (peer === "ours") {
      var handle = ours.mount(el, { section: "timeline" });
      return function () { handle.unmount(); handle.free(); };
    }
    return window.benchMount(el);
  }

  function titles(el) {
    var root = peer === "ours" ? el.shadowRoot : el;
    return root ? root.querySelectorAll(TITLES[peer]).length : 0;
  }

  window.benchWasmBytes = function () { return memory ? memory.buffer.byteLength : 0; };
  window.benchCycle = function () {
    return ready.then(function () {
      var el = document.createElement("div");
      el.style.height = "640px";
      document.body.append(el);
      var destroy = mount(el);
      return new Promise(function (resolve) {
        (function wait() {
          if (titles(el) > 0) { destroy(); el.remove(); resolve(); } else requestAnimationFrame(wait);
        })();
      });
    });
  };
})();
