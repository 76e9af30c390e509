/*! xhs-explainer frame page: the iframe form's own script (docs/iframe.md).
 *
 * 1. Options from the query string (?lang=zh-Hans&section=numbers&filter=t%3Dsurge&search=…)
 *    become the element's attributes, so a bad value warns and falls back exactly as an
 *    attribute does; an unknown parameter warns once, naming the allowed ones.
 * 2. In a sandboxed frame, a click on a download button shows the note below the widget: the
 *    browser may have refused the download without a word.
 * 3. Inside a frame, the page's height goes to the parent whenever it changes, in each format
 *    hosts already listen for: AMP's embed-size (a resizable <amp-iframe>), WordPress's
 *    {secret, message: "height", value} (the secret from #?secret=…), embed.ly's iframe.resize,
 *    Pym.js's height message (with Pym's childId), and ours, for frame.js. It posts nothing else.
 * 4. It reads messages only from its parent and only these kinds, each of which asks for the
 *    height again: WordPress's {message: "ready", secret}, Pym's width message, and frame.js's
 *    {"xhs-explainer": "height?"}.
 */
(function () {
  "use strict";
  var OPTIONS = ["lang", "theme", "section", "filter", "search"];
  // Pym.js adds these to the frame's address; they are read (childId) or ignored, not warned of.
  var PYM = ["initialWidth", "childId", "parentTitle", "parentUrl"];
  // WordPress's secret, which it appends to the frame's address (#?secret=…): read for its
  // messages, left out of the address the note gives a reader.
  var SECRET = /([#?&])secret=([A-Za-z0-9]+)&?/;
  var element = document.getElementById("xhs-frame");
  var params = new URLSearchParams(location.search);
  var unknown = [];
  params.forEach(function (value, name) {
    if (OPTIONS.indexOf(name) >= 0) element.setAttribute(name, value);
    else if (PYM.indexOf(name) < 0 && unknown.indexOf(name) < 0) unknown.push(name);
  });
  if (unknown.length) {
    console.warn("xhs-explainer: unknown query parameter " + unknown.join(", ") + " ignored; allowed: " + OPTIONS.join(", ") + ".");
  }

  // A sandboxed frame (origin "null") may refuse a download without a word: after a
  //    download button, the note the build wrote below the widget says so.
  //    In the widget's language at the time: the build wrote both.
  var lang = element.getAttribute("lang") || "";
  element.addEventListener("xhs-langchange", function (event) { lang = event.detail.lang; });
  if (self.origin === "null") {
    document.addEventListener("click", function (event) {
      var target = event.composedPath()[0];
      var note = document.getElementById("xhs-frame-note-" + (/^zh/i.test(lang) ? "zh-Hans" : "en"));
      if (!(note && target && target.closest && target.closest(".xhs-chart__downloads, .xhs-export"))) return;
      // The note's link and the address after it go to this page at the reader's view, without
      // WordPress's secret; a frame without allow-popups blocks the link, not the copying.
      var address = location.href.replace(SECRET, "$1").replace(/[#?&]+$/, "");
      note.querySelector("a").href = address;
      note.querySelector(".xhs-frame__address").textContent = address;
      note.hidden = false;
    }, true);
  }

  var parent = window.parent;
  if (parent === window) return;
  var secret = (location.hash.match(SECRET) || [])[2];
  var pymId = params.get("childId");
  var PYM_SEP = "xPYMx";
  var last = 0;

  function post(again) {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!height || (height === last && !again)) return;
    last = height;
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
    parent.postMessage(JSON.stringify({ src: location.href, context: "iframe.resize", height: height }), "*");
    parent.postMessage({ "xhs-explainer": { height: height } }, "*");
    if (secret) parent.postMessage({ secret: secret, message: "height", value: height }, "*");
    if (pymId) parent.postMessage(["pym", pymId, "height", height].join(PYM_SEP), "*");
  }

  window.addEventListener("message", function (event) {
    if (event.source !== parent) return;
    var data = event.data;
    var asks = (data && typeof data === "object" &&
                ((secret && data.message === "ready" && data.secret === secret) || data["xhs-explainer"] === "height?")) ||
               (pymId && typeof data === "string" && data.indexOf(["pym", pymId, "width", ""].join(PYM_SEP)) === 0);
    if (asks) post(true);
  });
  if (window.ResizeObserver) new ResizeObserver(function () { post(false); }).observe(document.documentElement);
  window.addEventListener("load", function () { post(false); });
  post(false);
})();
