/*! xhs-explainer embed loader. One script tag puts the explainer on a page:
 *
 *   <script src="https://example.org/xhs-explainer/embed.js" async
 *           data-target="#explainer" data-lang="en" data-theme="auto"></script>
 *
 * It marks the target element (or a new element right after the script tag), copies the
 * data-* options onto it, and loads the wasm that sits next to this file. The wasm mounts every
 * marked element and checks the options (one console warning per bad value, then defaults).
 * If anything fails, the target's fallback content stays visible and the host page is untouched.
 */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !me.src) {
    console.warn("xhs-explainer: embed.js must be loaded by a <script src> tag; nothing was mounted.");
    return;
  }
  var base = new URL(".", me.src);
  var OPTIONS = ["data-lang", "data-theme", "data-section", "data-hash-key"];

  function target() {
    var sel = me.getAttribute("data-target");
    if (sel) {
      var found = null;
      try { found = document.querySelector(sel); } catch (e) { found = null; }
      if (!found) {
        console.warn('xhs-explainer: data-target="' + sel + '" matches no element on this page; nothing was mounted.');
      }
      return found;
    }
    var el = document.createElement("div");
    me.parentNode.insertBefore(el, me.nextSibling);
    return el;
  }

  var el = target();
  if (!el) return;
  OPTIONS.forEach(function (name) {
    var v = me.getAttribute(name);
    if (v !== null && !el.hasAttribute(name)) el.setAttribute(name, v);
  });
  if (!el.firstChild) {
    var p = document.createElement("p");
    p.className = "xhs-fallback";
    p.textContent = "TikTok refugees on Xiaohongshu (小红书), January 2025: this interactive explainer needs JavaScript and WebAssembly.";
    el.appendChild(p);
  }
  el.setAttribute("data-xhs-explainer", "");

  // One load per page, however many script tags: the module and its wasm are shared.
  var key = "__xhsExplainer:" + base.href;
  var load = window[key];
  if (!load) {
    // The wasm is fetched at once, beside the JS glue rather than after it: one round trip less
    // before the first frame on a slow network. (A failed fetch is reported once, below.)
    // The build writes the two files' content-hashed names over these (scripts/stamp-embed.sh).
    var wasm = fetch(new URL("xhs-explainer_bg.wasm", base));
    wasm.catch(function () {});
    load = window[key] = import(new URL("xhs-explainer.js", base).href).then(function (mod) {
      return mod.default({ module_or_path: wasm }).then(function () {
        return mod;
      });
    });
  }
  load.then(function (mod) {
    mod.mountAll();
  }).catch(function (err) {
    el.setAttribute("data-xhs-error", "load");
    console.warn("xhs-explainer: could not load the widget (" + (err && err.message ? err.message : err) + "); the fallback content stays.");
  });
})();
