import { describe, expect, it } from "vitest";
import { listFixtures } from "../../test/list-fixtures";
import { readFixture } from "../../test/read-fixture";
import { detectBotChallenge } from "./detect-bot-challenge";

// Shaped after Cloudflare's managed-challenge interstitial.
const cloudflareChallenge = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">
<style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15}</style></head>
<body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">pricing.example.com</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">pricing.example.com needs to review the security of your connection before proceeding.</div>
</div></div>
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: "pricing.example.com",cType: 'managed'};
var cpo=document.createElement('script');cpo.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f1b2c3d4e5f6a7b';
document.getElementsByTagName('head')[0].appendChild(cpo);}());</script></body></html>`;

const cloudflareHeaders = { "content-type": "text/html; charset=UTF-8", "cf-mitigated": "challenge", server: "cloudflare", "cf-ray": "8f1b2c3d4e5f6a7b-CDG" };

const akamaiDenied = `<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>
You don't have permission to access "http&#58;&#47;&#47;www&#46;example&#46;com&#47;pricing" on this server.<P>
Reference&#32;&#35;18&#46;2d351ab8&#46;1715160000&#46;a4e16ab
</BODY>
</HTML>`;

const withText = (words: number): string => Array.from({ length: words }, (_, i) => `Model ${i} costs $${i}.50 per million input tokens.`).join(" ");

describe("detectBotChallenge", () => {
  it("blocks a Cloudflare challenge page and says why", () => {
    expect(detectBotChallenge({ status: 403, headers: cloudflareHeaders, body: cloudflareChallenge })).toEqual({
      blocked: true,
      reason: 'Cloudflare challenge ("Just a moment...", HTTP 403)',
    });
  });

  it("recognises the challenge from the header alone, whatever its case", () => {
    expect(detectBotChallenge({ status: 403, headers: { "CF-Mitigated": "challenge" }, body: "" })).toEqual({
      blocked: true,
      reason: "Cloudflare challenge (cf-mitigated header, HTTP 403)",
    });
  });

  it("recognises the challenge script without title or header", () => {
    const body = cloudflareChallenge.replace("<title>Just a moment...</title>", "<title>pricing.example.com</title>");
    expect(detectBotChallenge({ status: 503, headers: {}, body })).toEqual({
      blocked: true,
      reason: "Cloudflare challenge (challenge platform script, HTTP 503)",
    });
  });

  it("blocks Cloudflare's block page and its older browser check", () => {
    const attention = "<html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1></body></html>";
    expect(detectBotChallenge({ status: 403, headers: {}, body: attention })).toEqual({
      blocked: true,
      reason: 'Cloudflare block page ("Attention Required!", HTTP 403)',
    });
    const checking = "<html><head><title>example.com</title></head><body><h1>Checking your browser before accessing example.com.</h1><p>This process is automatic.</p></body></html>";
    expect(detectBotChallenge({ status: 503, headers: {}, body: checking })).toMatchObject({ blocked: true });
  });

  it("blocks Akamai's Access Denied page and quotes its reference", () => {
    expect(detectBotChallenge({ status: 403, headers: { server: "AkamaiGHost" }, body: akamaiDenied })).toEqual({
      blocked: true,
      reason: 'Akamai block page ("Access Denied", reference #18.2d351ab8.1715160000.a4e16ab, HTTP 403)',
    });
  });

  it("blocks PerimeterX and DataDome captchas", () => {
    const px = '<html><head><title>Access to this page has been denied</title></head><body><div id="px-captcha"></div><p>Press &amp; Hold to confirm you are a human (and not a bot).</p><script src="https://captcha.px-cdn.net/PXabc/captcha.js"></script></body></html>';
    expect(detectBotChallenge({ status: 403, headers: {}, body: px })).toEqual({ blocked: true, reason: "PerimeterX captcha (px-captcha, HTTP 403)" });
    const dd = "<html><head><title>example.com</title></head><body><script>var dd={'rt':'c','cid':'AHrlqAAA','hsh':'2211F','host':'geo.captcha-delivery.com'}</script><script src=\"https://ct.captcha-delivery.com/c.js\"></script></body></html>";
    expect(detectBotChallenge({ status: 403, headers: { "x-datadome": "protected" }, body: dd })).toEqual({
      blocked: true,
      reason: "DataDome captcha (captcha-delivery.com, HTTP 403)",
    });
  });

  it("blocks a captcha wall served with status 200", () => {
    const body = '<html><body><h1>One more step</h1><p>Please verify you are human.</p><div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div><script src="https://hcaptcha.com/1/api.js" async></script></body></html>';
    expect(detectBotChallenge({ status: 200, headers: {}, body })).toEqual({ blocked: true, reason: "captcha page (hCaptcha, HTTP 200)" });
  });

  it("does not block a long page that merely loads a captcha widget or mentions one", () => {
    const form = `<html><body><h1>Pricing</h1><p>${withText(60)}</p><form><div class="cf-turnstile" data-sitekey="x"></div></form>
      <p>Contact sales: verify you are human below.</p><script src="https://challenges.cloudflare.com/turnstile/v0/api.js"></script></body></html>`;
    expect(detectBotChallenge({ status: 200, headers: {}, body: form })).toEqual({ blocked: false });
    // The same widget with only a line of text around it is a wall.
    const wall = form.replace(withText(60), "");
    expect(detectBotChallenge({ status: 200, headers: {}, body: wall })).toEqual({ blocked: true, reason: "captcha page (Turnstile, HTTP 200)" });
  });

  it("does not block the real Gemini page with a Turnstile script added", () => {
    const gemini = readFixture("pages/gemini__2026-05-08__quill-router-rawhtml.html").replace(
      "</body>",
      '<script src="https://challenges.cloudflare.com/turnstile/v0/api.js"></script><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script></body>',
    );
    expect(detectBotChallenge({ status: 200, headers: { "content-type": "text/html", server: "cloudflare" }, body: gemini })).toEqual({ blocked: false });
  });

  it("lets every real pricing fixture through", () => {
    for (const name of listFixtures("pages")) {
      const contentType = name.endsWith(".html") ? "text/html; charset=utf-8" : "text/markdown";
      const result = detectBotChallenge({ status: 200, headers: { "content-type": contentType }, body: readFixture(`pages/${name}`) });
      expect(result, name).toEqual({ blocked: false });
    }
  });
});
