// Test aid for the demo pages: a host-page listener that keeps every xhs-* event the widgets fire
// (type, the id of the element it came from, and its detail) in window.__xhsEvents.
(function () {
  window.__xhsEvents = [];
  ["xhs-ready", "xhs-filterchange", "xhs-sectionchange", "xhs-langchange", "xhs-error"].forEach(function (type) {
    document.addEventListener(type, function (e) {
      window.__xhsEvents.push({ type: type, id: e.target.id, detail: JSON.parse(JSON.stringify(e.detail)) });
    });
  });
})();
