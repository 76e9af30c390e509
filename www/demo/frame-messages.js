// Test aid for frame-host.html: records every message a frame of the page posts, with the id of
// the frame it came from (matched by event.source: a sandboxed frame's origin is "null").
(function () {
  window.__frameMessages = [];
  window.addEventListener("message", function (event) {
    var frames = document.getElementsByTagName("iframe"), from = null;
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) from = frames[i].id;
    window.__frameMessages.push({ from: from, origin: event.origin, data: event.data });
  });
})();
