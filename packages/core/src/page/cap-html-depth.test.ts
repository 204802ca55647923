import { describe, expect, it } from "vitest";
import { listFixtures } from "../../test/list-fixtures";
import { readFixture } from "../../test/read-fixture";
import { capHtmlDepth } from "./cap-html-depth";

describe("capHtmlDepth", () => {
  it("returns real pages untouched", () => {
    for (const name of listFixtures("pages").filter((n) => n.endsWith(".html"))) {
      const html = readFixture(`pages/${name}`);
      expect(capHtmlDepth(html, 512) === html, name).toBe(true);
    }
  });

  it("drops the open and close tags nested past the limit and keeps their text", () => {
    expect(capHtmlDepth("<div><div><b><i>x</i></b></div></div><p>y</p>", 2)).toBe("<div><div>  x  </div></div><p>y</p>");
  });

  it("does not count void, self-closing, implicitly closed or script-hidden tags", () => {
    const html = '<div><p>a<p>b<br><img src="x"/><li>c<span/></div><script>"<div><div><div>"</script><div>d</div>';
    expect(capHtmlDepth(html, 1)).toBe(html);
  });
});
