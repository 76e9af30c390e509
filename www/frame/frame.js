/*! xhs-explainer frame.js: for a host page that allows one script. Every iframe of ours on the
 * page takes the height its content posts, matched by event.source (a sandboxed frame's origin is
 * "null"), never by a selector. Include it once, anywhere; frames added later are resized too. */
(function () {
  "use strict";
  if (window.__xhsFrames) return;
  window.__xhsFrames = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    var height = data && typeof data === "object" && data["xhs-explainer"] && data["xhs-explainer"].height;
    if (typeof height !== "number" || !(height > 0)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.ceil(height), 100000) + "px";
        return;
      }
    }
  });
  // Frames that finished loading before this script ask for nothing: ask them once.
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ "xhs-explainer": "height?" }, "*");
  }
})();
