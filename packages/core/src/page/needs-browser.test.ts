import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture";
import { needsBrowser } from "./needs-browser";

// What a single-page app serves before its script builds the price table.
const reactShell = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pricing | Example AI</title>
<link rel="stylesheet" href="/assets/index-4f2a.css"><script type="module" crossorigin src="/assets/index-9c1d.js"></script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>
<script>const rows=[["Model","Input","Output"],["example-large","$3.00","$15.00"]];
document.getElementById("root").innerHTML="<table>"+rows.map(r=>"<tr>"+r.map(c=>"<td>"+c+"</td>").join("")+"</tr>").join("")+"</table>";</script>
</body></html>`;

describe("needsBrowser", () => {
  it("wants a browser for a script-rendered shell", () => {
    expect(needsBrowser(reactShell)).toBe(true);
  });

  it("wants a browser for an empty Next.js root even without a script tag", () => {
    expect(needsBrowser('<html><body><div id="__next">  </div></body></html>')).toBe(true);
  });

  it("does not want one for a short static page without scripts", () => {
    expect(needsBrowser("<html><body><h1>Pricing</h1><p>Our prices are coming soon.</p></body></html>")).toBe(false);
  });

  it("does not want one when the shell has been rendered on the server", () => {
    const rendered = reactShell.replace('<div id="root"></div>', `<div id="root"><table>${"<tr><td>example-large</td><td>$3.00 per million input tokens</td><td>$15.00 per million output tokens</td></tr>".repeat(5)}</table></div>`);
    expect(needsBrowser(rendered)).toBe(false);
  });

  it("does not want one for the static pricing fixtures", () => {
    for (const name of [
      "gemini__2026-05-08__quill-router-rawhtml.html",
      "anthropic__2026-05-08__quill-router-claude-com-pricing.html",
      "cerebras__2026-05-08__quill-router.html",
      "kimi__2026-05-08__quill-router-rawhtml.html",
      "mistral__2026-05-08__quill-router-rawhtml.html",
    ]) {
      expect(needsBrowser(readFixture(`pages/${name}`)), name).toBe(false);
    }
  });
});
