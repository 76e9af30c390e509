// Compiled (not run) by scripts/test.sh with `tsc --noEmit --strict`: what a developer writes
// against www/xhs-explainer.d.ts must type-check, and misuse must not (the @ts-expect-error lines).
import type { XhsExplainerHandle } from "../../www/xhs-explainer";

const handle: XhsExplainerHandle = window.XhsExplainer.mount("#explainer", {
  lang: "zh-Hans",
  theme: "dark",
  section: "numbers",
  filter: "t=surge",
});
handle.update({ section: "timeline", search: "refugee" });
handle.ready.then((h) => h.destroy());
window.XhsExplainer.whenReady().then(() => undefined);

const element = document.createElement("xhs-explainer");
element.setAttribute("lang", "en-GB");
element.addEventListener("xhs-filterchange", (e) => {
  const filter: string = e.detail.filter;
  const shown: number = e.detail.shown.events.shown + e.detail.shown.quotes.total;
  console.log(filter, shown);
});
element.addEventListener("xhs-error", (e) => {
  const what: "load" | "mount" | "panic" = e.detail.what;
  console.log(what);
});
document.addEventListener("xhs-sectionchange", (e) => console.log(e.detail.section));

// @ts-expect-error: not a theme
window.XhsExplainer.mount(element, { theme: "neon" });
// @ts-expect-error: the language event's detail has no section
element.addEventListener("xhs-langchange", (e) => console.log(e.detail.section));
