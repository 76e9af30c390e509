/*! xhs-explainer embed loader: <xhs-explainer> or <script data-target>; docs/embedding.md */
/* Either form puts the explainer on a page, and one page may mix them:
 *
 *   <xhs-explainer lang="zh-Hans" theme="dark" section="numbers"></xhs-explainer>
 *   <script src="https://example.org/xhs-explainer/embed.js" async></script>
 *
 *   <script src="https://example.org/xhs-explainer/embed.js" async
 *           data-target="#explainer" data-lang="en" data-theme="auto"></script>
 *
 * It defines the <xhs-explainer> element (once per page, however often it is included), marks a
 * script tag's target (or every placeholder already on the page), and loads the wasm that sits
 * next to this file, once. Its one global is window.XhsExplainer (docs/embedding.md).
 * Bad values warn once each and fall back to defaults; if anything fails, the element's fallback
 * content stays, `xhs-error` fires, and the host page is untouched.
 */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !me.src) {
    console.warn("xhs-explainer: embed.js must be loaded by a <script src> tag; nothing was mounted.");
    return;
  }
  var DATA_OPTIONS = ["data-lang", "data-theme", "data-section", "data-hash-key", "data-filter", "data-search"];
  var ATTRIBUTES = ["lang", "theme", "section", "hash-key", "filter", "search"];
  // The build writes the content-hashed name over this (scripts/post-build/1-stamp-names.sh).
  var WASM_FILE = "xhs-explainer_bg.wasm";
  var FALLBACK = "TikTok refugees on Xiaohongshu (小红书), January 2025: this interactive explainer needs JavaScript and WebAssembly.";
  // The story before the wasm: both languages' summaries as element trees, and the stylesheet
  // they need. The build writes them over this line (examples/summary.rs).
  var SUMMARY = null;
  var summarySheet = null;
  // The widgets this loader started, and the trap that stopped the wasm, if one did (below).
  var widgets = [];
  var stopped = null;

  // One loader per page, shared by every script tag that includes this file.
  var api = window.XhsExplainer;
  if (!api) {
    api = window.XhsExplainer = makeApi(new URL(".", me.src));
  }
  placeScriptTarget(me, api);

  function makeApi(base) {
    var loading = null;
    function load() {
      if (!loading) {
        // The wasm is fetched at once, beside the JS glue rather than after it: one round trip
        // less before the first frame on a slow network. (A failed fetch is reported once.)
        // The build writes the glue's content-hashed name over this (scripts/post-build/1-stamp-names.sh).
        var wasm = fetch(new URL(WASM_FILE, base));
        wasm.catch(function () {});
        loading = import(new URL("xhs-explainer.js", base).href).then(function (mod) {
          return mod.default({ module_or_path: wasm }).catch(function (err) {
            // Some in-app browsers fail the streaming compile of a good response: once more,
            // from the bytes. (No WebAssembly at all, as in iOS Lockdown Mode, fails again.)
            return wasm.then(function (response) {
              if (!response.ok) throw err;
              return mod.default({ module_or_path: fetch(response.url).then(function (again) { return again.arrayBuffer(); }) });
            });
          }).then(function () { return mod; });
        });
        loading.catch(function (err) {
          console.warn("xhs-explainer: could not load the widget (" + (err && err.message ? err.message : err) + "); the fallback content stays.");
        });
      }
      return loading;
    }

    /** A widget in `element`: it mounts once the wasm is in, and can be updated or destroyed
     *  before that. */
    function Handle(element, options) {
      var self = this;
      this.element = element;
      this._options = Object.assign({}, options);
      this._inner = null;
      this._destroyed = false;
      showFallback(element);
      showSummary(element, false);
      widgets.push(element);
      this.ready = load().then(function (mod) {
        if (self._destroyed) return self;
        if (stopped) {
          fail(element, "panic", stopped);
          throw stopped;
        }
        try {
          self._inner = mod.mount(element, self._options);
        } catch (err) {
          if (isOurTrap(err)) {
            stop(err);
          } else {
            fail(element, "mount", err);
          }
          throw err;
        }
        return self;
      }, function (err) {
        fail(element, "load", err);
        throw err;
      });
      this.ready.catch(function () {});
    }
    Handle.prototype.update = function (options) {
      Object.assign(this._options, options);
      var inner = this._inner;
      if (inner && !stopped) guarded(function () { inner.update(options); });
    };
    Handle.prototype.destroy = function () {
      this._destroyed = true;
      var inner = this._inner, element = this.element;
      this._inner = null;
      widgets = widgets.filter(function (w) { return w !== element; });
      if (inner && !stopped) guarded(function () { inner.destroy(); inner.free(); });
    };

    return Object.freeze({
      /** Mounts into an element or the first match of a CSS selector; returns a Handle. */
      mount: function (target, options) {
        var element = typeof target === "string" ? document.querySelector(target) : target;
        if (!(element instanceof Element)) {
          throw new Error("xhs-explainer: mount(target) needs an Element or a CSS selector that matches one");
        }
        return new Handle(element, options || {});
      },
      /** Resolves once the wasm is loaded (rejects if it cannot be). */
      whenReady: function () { return load().then(function () {}); },
      /** Mounts every [data-xhs-explainer] placeholder on the page not yet mounted. */
      mountAll: function () {
        return load().then(function (mod) {
          return stopped ? 0 : guarded(function () { return mod.mountAll(); });
        }, function (err) {
          document.querySelectorAll("[data-xhs-explainer]:not([data-xhs-mounted])").forEach(function (el) {
            fail(el, "load", err);
          });
        });
      },
      base: base.href
    });
  }

  // The summary, drawn into the element's shadow root with DOM calls (no HTML is parsed) in the
  // element's language; `failed` also shows the one-line notice that the widget could not load.
  // The wasm replaces it when it mounts (it reuses the shadow root marked data-xhs-shadow).
  function showSummary(el, failed) {
    if (!SUMMARY) return;
    var root = el.shadowRoot;
    if (!root) {
      try { root = el.attachShadow({ mode: "open" }); } catch (e) { return; }
      el.setAttribute("data-xhs-shadow", "");
    } else if (!el.hasAttribute("data-xhs-shadow")) {
      return; // someone else's shadow root
    } else if (!failed && el.hasAttribute("data-xhs-mounted")) {
      return; // the widget is there
    }
    var style = null;
    try {
      if (!summarySheet) {
        summarySheet = new CSSStyleSheet();
        summarySheet.replaceSync(SUMMARY.css);
      }
      root.adoptedStyleSheets = [summarySheet];
    } catch (e) {
      // No constructable stylesheets (Safari before 16.4): a <style> element instead.
      style = document.createElement("style");
      style.textContent = SUMMARY.css;
    }
    var theme = el.getAttribute("theme") || el.getAttribute("data-theme");
    if (!el.hasAttribute("data-xhs-theme")) {
      el.setAttribute("data-xhs-theme", theme === "light" || theme === "dark" ? theme : "auto");
    }
    var lang = el.getAttribute("lang") || el.getAttribute("data-lang") || "";
    var summary = draw(SUMMARY[/^zh(?:$|[-_])/i.test(lang.trim()) ? "zh-Hans" : "en"]);
    if (failed) summary.querySelector(".xhs-summary__notice").hidden = false;
    if (style) root.replaceChildren(style, summary); else root.replaceChildren(summary);
  }

  function draw(node) {
    if (typeof node === "string") return document.createTextNode(node);
    var el = document.createElement(node[0]);
    Object.keys(node[1]).forEach(function (name) {
      var value = node[1][name];
      // Links to the hosted fallback page resolve next to this file, not the host page.
      if (name === "href" && value.charAt(0) !== "#") value = new URL(value, api.base).href;
      el.setAttribute(name, value);
    });
    for (var i = 2; i < node.length; i++) el.appendChild(draw(node[i]));
    return el;
  }

  // The panic guard. Release builds abort on a panic (Cargo.toml, scripts/build-release.sh): no
  // Rust hook runs, the wasm traps, and the trap reaches JavaScript as a WebAssembly.RuntimeError
  // thrown to whatever called in: mount, update or destroy below, or one of the widget's event
  // listeners, timers or promise jobs, which the window's error events report. The instance is
  // then unusable, so every widget on the page shows its summary with the notice, is marked
  // data-xhs-error="panic" and fires xhs-error once, and nothing calls into the wasm again.
  // (Builds that unwind to a hook first, the browser tests', also run src/embed/panic_guard.rs;
  // an element it already marked is left alone.)
  function isOurTrap(err) {
    if (typeof WebAssembly !== "object" || !(err instanceof WebAssembly.RuntimeError)) return false;
    // A trap in some other wasm on the page names that file; an engine that names none is trusted.
    var stack = String(err.stack || "");
    return stack.indexOf(WASM_FILE) >= 0 || !/\.wasm\b/.test(stack);
  }
  function stop(err) {
    if (!stopped) stopped = err;
    var all = widgets.slice();
    document.querySelectorAll("[data-xhs-mounted]").forEach(function (el) {
      if (all.indexOf(el) < 0) all.push(el);
    });
    all.forEach(function (el) {
      if (el.isConnected && el.getAttribute("data-xhs-error") !== "panic") {
        fail(el, "panic", "the widget stopped (" + (err && err.message ? err.message : err) + "); its summary shows");
      }
    });
  }
  function guarded(call) {
    try { return call(); } catch (err) {
      if (!isOurTrap(err)) throw err;
      stop(err);
    }
  }
  window.addEventListener("error", function (e) { if (isOurTrap(e.error)) stop(e.error); });
  window.addEventListener("unhandledrejection", function (e) { if (isOurTrap(e.reason)) stop(e.reason); });

  // A panic empties every widget on the page: put the summary back, with the notice.
  document.addEventListener("xhs-error", function (e) {
    if (e.detail && e.detail.what === "panic" && e.target instanceof Element) showSummary(e.target, true);
  });

  function showFallback(el) {
    if (el.firstChild) return;
    var p = document.createElement("p");
    p.className = "xhs-fallback";
    p.textContent = FALLBACK;
    el.appendChild(p);
  }

  function fail(el, what, err) {
    el.setAttribute("data-xhs-error", what);
    showSummary(el, true);
    el.dispatchEvent(new CustomEvent("xhs-error", {
      bubbles: true,
      composed: true,
      detail: { what: what, message: String(err && err.message ? err.message : err) }
    }));
  }

  // <xhs-explainer>: attributes are observed; removal destroys the widget, a move keeps it.
  if (!customElements.get("xhs-explainer")) {
    customElements.define("xhs-explainer", class extends HTMLElement {
      static get observedAttributes() { return ATTRIBUTES; }
      connectedCallback() {
        if (!this._handle) this._handle = window.XhsExplainer.mount(this, optionsOf(this));
      }
      disconnectedCallback() {
        // A move disconnects and reconnects in one task: only a real removal unmounts.
        var self = this;
        Promise.resolve().then(function () {
          if (!self.isConnected && self._handle) {
            self._handle.destroy();
            self._handle = null;
          }
        });
      }
      attributeChangedCallback(name, before, after) {
        if (this._handle && before !== after) this._handle.update(optionsOf(this));
      }
    });
  }

  function optionsOf(el) {
    var options = {};
    ATTRIBUTES.forEach(function (name) {
      var key = name === "hash-key" ? "hashKey" : name;
      options[key] = el.getAttribute(name);
    });
    return options;
  }

  // The script-tag form: the data-target (or, without one, every placeholder and element already
  // on the page, or else a new <xhs-explainer> right after the script tag).
  function placeScriptTarget(script, api) {
    var sel = script.getAttribute("data-target");
    var el = null;
    if (sel) {
      try { el = document.querySelector(sel); } catch (e) { el = null; }
      if (!el) {
        console.warn('xhs-explainer: data-target="' + sel + '" matches no element on this page; nothing was mounted.');
        return;
      }
    } else if (document.querySelector("xhs-explainer, [data-xhs-explainer]")) {
      document.querySelectorAll("[data-xhs-explainer]:not([data-xhs-mounted])").forEach(function (ph) {
        showSummary(ph, false);
      });
      api.mountAll();
      return;
    } else {
      el = document.createElement("div");
      script.parentNode.insertBefore(el, script.nextSibling);
    }
    if (el.localName === "xhs-explainer") return; // it mounts itself
    DATA_OPTIONS.forEach(function (name) {
      var v = script.getAttribute(name);
      if (v !== null && !el.hasAttribute(name)) el.setAttribute(name, v);
    });
    showFallback(el);
    el.setAttribute("data-xhs-explainer", "");
    showSummary(el, false);
    api.mountAll();
  }
})();
