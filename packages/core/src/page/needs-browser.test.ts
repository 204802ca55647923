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
      "mistral__2026-05-08__quill-router-rawhtml.html",
    ]) {
      expect(needsBrowser(readFixture(`pages/${name}`)), name).toBe(false);
    }
  });

  it("wants a browser for the Kimi docs page, whose price table exists only in its scripts' data", () => {
    // The raw HTML has headings and prose, but the rows ("kimi-k2.6 ... $0.16 ... $4.00") are MDX in a script.
    expect(needsBrowser(readFixture("pages/kimi__2026-05-08__quill-router-rawhtml.html"))).toBe(true);
  });

  it("wants a browser for a pricing page whose HTML has plenty of text but no price, and scripts", () => {
    const chrome = `<nav>${["Models", "Docs", "Pricing", "Blog", "Careers", "Status", "Contact sales"].map((l) => `<a href="#">${l}</a>`).join("")}</nav>
<h1>Pricing</h1><p>Pay only for what you use. Volume discounts are available for enterprise customers with committed spend.</p>
<div id="price-table"></div><h2>FAQ</h2><p>What is a token? Tokens are pieces of words; 1,000 tokens is about 750 words. Our uptime is 99.9% and the default rate limit is 4,000 RPM.</p>`;
    const shell = `<html><body>${chrome}<script>document.getElementById("price-table").innerHTML = atob("PHRhYmxlPjwvdGFibGU+")</script></body></html>`;
    expect(needsBrowser(shell)).toBe(true);
    const filled = shell.replace('<div id="price-table"></div>', '<table><tr><td>example-large</td><td>$3 / MTok</td></tr></table>');
    expect(needsBrowser(filled)).toBe(false);
    // Without scripts nothing could fill the page in: a browser would see the same.
    expect(needsBrowser(shell.replace(/<script>.*<\/script>/, ""))).toBe(false);
  });
});
