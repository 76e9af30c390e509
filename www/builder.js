/* The snippet builder (www/builder.html): the choices and the preview's own filter and section
   become an <xhs-explainer> snippet, its no-JavaScript variant with the summary inside, and the
   iframe form's snippets: the plain iframe, its resizer script, and AMP's. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var preview = $("preview");
  var loader = new URL("embed.js", location.href).href;
  var fallbacks = {};

  function attributes() {
    var out = [];
    ["lang", "theme", "section", "filter"].forEach(function (name) {
      var value = $(name).value.trim();
      if (value && !(name === "theme" && value === "auto") && !(name === "section" && value === "overview")) {
        out.push(name + '="' + value.replace(/&/g, "&amp;").replace(/"/g, "&quot;") + '"');
      }
    });
    return out.length ? " " + out.join(" ") : "";
  }

  // The iframe form (docs/iframe.md): the same choices as the frame page's query, the
  // same markup as the oEmbed response's (src/query/links/frame_form.rs), and AMP's resizable frame.
  var titles = {};
  function query() {
    var out = [];
    ["theme", "section", "filter"].forEach(function (name) {
      var value = $(name).value.trim();
      if (value && !(name === "theme" && value === "auto") && !(name === "section" && value === "overview")) {
        out.push(name + "=" + encodeURIComponent(value));
      }
    });
    return out.length ? "?" + out.join("&") : "";
  }
  function attr(value) {
    return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;");
  }
  function frames(lang) {
    var src = new URL(lang === "zh-Hans" ? "frame.zh-Hans.html" : "frame.html", location.href).href + query();
    var title = attr(titles[lang] || "");
    $("iframe").value = '<iframe src="' + attr(src) + '" title="' + title + '" width="100%" height="900" ' +
      'style="width: 1px; min-width: 100%; border: 0" loading="lazy" allow="clipboard-write"></iframe>';
    $("iframe-js").value = '<script src="' + new URL("frame.js", location.href).href + '" async></' + "script>";
    $("amp").value = '<amp-iframe src="' + attr(src) + '" title="' + title + '" layout="fixed-height" height="900" ' +
      'sandbox="allow-scripts allow-same-origin allow-popups allow-downloads" resizable frameborder="0">\n' +
      '  <div overflow tabindex="0" role="button">' + (lang === "zh-Hans" ? "显示完整内容" : "Show all of it") + "</div>\n</amp-iframe>";
  }

  function write() {
    var open = "<xhs-explainer" + attributes() + ">";
    var script = '<script src="' + loader + '" async></' + "script>";
    $("snippet").value = open + "</xhs-explainer>\n" + script;
    var lang = $("lang").value;
    var inner = fallbacks[lang];
    frames(lang);
    $("nojs").value = inner === undefined ? "(loading the summary…)" :
      open + "\n" + inner.trim() + "\n</xhs-explainer>\n" + script;
    if (inner === undefined) {
      fetch(new URL("fallback." + lang + ".html", location.href)).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + r.statusText);
        return r.text();
      }).then(function (text) {
        fallbacks[lang] = text.replace(/^<!--[\s\S]*?-->\s*/, "");
        var title = new DOMParser().parseFromString(text, "text/html").querySelector(".xhs-title");
        titles[lang] = title ? title.textContent : "";
        write();
      }).catch(function (err) {
        $("nojs").value = "The summary could not be loaded (" + err.message + "); run a release build.";
      });
    }
  }

  // The choices drive the live preview; the preview's own changes come back into the choices.
  ["lang", "theme", "section", "filter"].forEach(function (name) {
    $(name).addEventListener("change", function () {
      preview.setAttribute(name, $(name).value);
      write();
    });
  });
  preview.addEventListener("xhs-filterchange", function (e) { $("filter").value = e.detail.filter; write(); });
  preview.addEventListener("xhs-sectionchange", function (e) { $("section").value = e.detail.section; write(); });
  preview.addEventListener("xhs-langchange", function (e) { $("lang").value = e.detail.lang; write(); });

  function copier(button, field, what) {
    $(button).addEventListener("click", function () {
      var text = $(field).value;
      var done = function () { $("copied").textContent = what + " copied."; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () {
          $(field).select();
          $("copied").textContent = "Copying was refused: the text is selected, press Ctrl+C (⌘C).";
        });
      } else {
        $(field).select();
        $("copied").textContent = "Press Ctrl+C (⌘C) to copy the selected text.";
      }
    });
  }
  copier("copy-snippet", "snippet", "The snippet");
  copier("copy-nojs", "nojs", "The no-JavaScript snippet");
  copier("copy-iframe", "iframe", "The iframe snippet");
  copier("copy-iframe-js", "iframe-js", "The resizer script");
  copier("copy-amp", "amp", "The AMP snippet");
  write();
})();
