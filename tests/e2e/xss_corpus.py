"""Hostile strings for every input channel of the embed. Each one that could run script would set
window.__xss (to the payload's number), so a test only has to look there afterwards."""

_RUN = "window.__xss=1"

PAYLOADS = [
    # markup that runs script if it ever reaches innerHTML or an attribute unescaped
    f"<img src=x onerror={_RUN}>",
    f'"><img src=x onerror={_RUN}>',
    f"'><img src=x onerror={_RUN}>",
    f"<svg onload={_RUN}>",
    f'"><svg/onload={_RUN}>',
    f"<script>{_RUN}</script>",
    f"</script><script>{_RUN}</script>",
    f"<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
    f"<body onload={_RUN}>",
    f"<details open ontoggle={_RUN}>",
    f"<video><source onerror={_RUN}></video>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={_RUN}>",
    f"<a href=\"javascript:{_RUN}\">x</a>",
    f"<input autofocus onfocus={_RUN}>",
    f"<style>@import 'javascript:{_RUN}';</style>",
    f"<!--<img src=x onerror={_RUN}>-->",
    f"<noscript><p title=\"</noscript><img src=x onerror={_RUN}>\">",
    f"<slot name=x onclick={_RUN}></slot>",
    # URLs
    f"javascript:{_RUN}",
    f"JaVaScRiPt:{_RUN}",
    f"  javascript:{_RUN}",
    f"data:text/html,<script>{_RUN}</script>",
    f"data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==",
    f"vbscript:msgbox(1)",
    # attribute and template breakers
    '" onmouseover="window.__xss=1',
    "' onfocus='window.__xss=1' autofocus='",
    "${window.__xss=1}",
    "{{constructor.constructor('window.__xss=1')()}}",
    "`${window.__xss=1}`",
    "<%= 7*7 %>",
    "#{7*7}",
    # characters that break parsers and formats
    "en\u0000",
    "dark\u0000<svg onload=window.__xss=1>",
    "\u0000\u0001\u0002\u001f\u007f",
    "line\nbreak\r\nand\ttab",
    "\u202egnp.exe",
    "\u202dzh-Hans\u202c",
    "\ufeffen",
    "\ud83d\ude00 emoji and 中文",
    "%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
    "%00%0a%0d",
    "%zz%",
    "&lt;img src=x onerror=window.__xss=1&gt;",
    "&#x3C;svg onload=window.__xss=1&#x3E;",
    # structure of our own formats: the hash and the filter
    "t=<img src=x onerror=window.__xss=1>",
    "t=surge;q=<svg onload=window.__xss=1>",
    ";;;===,,,&&&###",
    "x=t=law&y=p=lemon8#zzz",
    "q=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E",
    "from=9999-99-99;to=0000-00-00",
    "__proto__",
    "constructor",
    "toString",
    # length
    "A" * 100_000,
    "<" * 10_000,
    "中" * 20_000,
]

assert len(PAYLOADS) >= 50, len(PAYLOADS)
