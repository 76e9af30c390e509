// Test aid for csp-header.html: records whether the page's CSP (sent as a header) forbids eval,
// which proves the header is in force (WebDriver's own scripts are exempt from a page's CSP).
try { eval("1"); window.__cspProbe = "eval ran"; } catch (e) { window.__cspProbe = e.name; }
