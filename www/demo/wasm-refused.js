// Test aid for wasm-refused.html: takes WebAssembly away before the loader runs, as iOS Lockdown
// Mode does (?how=missing), or makes its streaming compile fail, as some in-app browsers do
// (?how=streaming).
(function () {
  var how = new URLSearchParams(location.search).get("how");
  if (how === "missing") {
    delete window.WebAssembly;
  } else if (how === "streaming") {
    window.__xhsStreamingTries = 0;
    WebAssembly.instantiateStreaming = function () {
      window.__xhsStreamingTries += 1;
      return Promise.reject(new TypeError("streaming compile refused (test)"));
    };
  }
})();
