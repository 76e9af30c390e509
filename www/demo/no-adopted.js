// Test aid for no-adopted.html: a browser without constructable stylesheets, as Safari was before
// 16.4 (no CSSStyleSheet constructor, no adoptedStyleSheets).
(function () {
  [window.ShadowRoot, window.Document].forEach(function (type) {
    if (type && type.prototype) delete type.prototype.adoptedStyleSheets;
  });
  window.CSSStyleSheet = function () { throw new TypeError("Illegal constructor"); };
})();
