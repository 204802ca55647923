import { describe, expect, it } from "vitest";
import { detectChallengeText } from "./detect-challenge-text";

describe("detectChallengeText", () => {
  it.each([
    ["Just a moment...\n\nEnable JavaScript and cookies to continue", "Cloudflare challenge"],
    ["# Verify you are human by completing the action below.\n\nexample.com needs to review the security of your connection before proceeding.", "captcha page"],
    ["Sorry, you have been blocked\n\nYou are unable to access example.com\n\nCloudflare Ray ID: 8f2a", "Cloudflare block page"],
    ["Access Denied\n\nYou don't have permission to access \"http://www.example.com/pricing\" on this server.\n\nReference #18.2f012417.1611350710.3d84e49", "Akamai block page"],
    ["Request unsuccessful. Incapsula incident ID: 1234-5678", "Imperva block page"],
    ["Access to this page has been denied because we believe you are using automation tools.", "PerimeterX block page"],
    ["Before you continue to Google\n\nWe use cookies and data to deliver and maintain Google services\n\nReject all\n\nAccept all", "consent wall"],
  ])("calls %j a wall (%s)", (text, what) => {
    expect(detectChallengeText(text)).toMatch(new RegExp(`^${what}: `));
  });

  it("does not call a pricing page a wall, even one that quotes the words or carries a cookie banner", () => {
    const rows = Array.from({ length: 80 }, (_, i) => `| model-${i} | $${i}.00 / 1M tokens | $${i * 2}.00 / 1M tokens |`).join("\n");
    expect(detectChallengeText(`# Pricing\n\n| Model | Input | Output |\n| --- | --- | --- |\n${rows}\n\nIf you see "Just a moment...", retry.`)).toBeNull();
    expect(detectChallengeText("We value your privacy. Accept all cookies?\n\n| Model | Input |\n| --- | --- |\n| Tiny | $0.10 / 1M tokens |")).toBeNull();
    expect(detectChallengeText("")).toBeNull();
  });
});
