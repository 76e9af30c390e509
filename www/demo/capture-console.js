// Test aid for the demo pages: keeps console warnings and errors in window.__xhsConsole so that
// end-to-end tests can read them in any browser (geckodriver has no log API).
(function () {
  window.__xhsConsole = [];
  ["warn", "error"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      window.__xhsConsole.push(level + ": " + Array.prototype.join.call(arguments, " "));
      return original.apply(console, arguments);
    };
  });
  window.addEventListener("error", function (e) { window.__xhsConsole.push("uncaught: " + e.message); });
  document.addEventListener("securitypolicyviolation", function (e) {
    window.__xhsConsole.push("csp: " + e.violatedDirective + " blocked " + e.blockedURI);
  });
})();
