import { describe, expect, it } from "vitest";
import { isCloudRegionCode, readCloudRegion } from "./read-cloud-region";

describe("readCloudRegion", () => {
  it("reads Google and AWS region codes and global endpoints", () => {
    expect(readCloudRegion("us-east5")).toBe("us-east5");
    expect(readCloudRegion("europe-west4")).toBe("europe-west4");
    expect(readCloudRegion("northamerica-northeast1")).toBe("northamerica-northeast1");
    expect(readCloudRegion("AP-Northeast-1")).toBe("ap-northeast-1");
    expect(readCloudRegion("Region: global")).toBe("global");
    expect(readCloudRegion("eu-west-1 endpoint")).toBe("eu-west-1");
  });

  it("refuses labels that are more than a region", () => {
    expect(readCloudRegion("Global routing uses standard pricing")).toBeUndefined();
    expect(readCloudRegion("us-east5 and europe-west1")).toBeUndefined();
    expect(readCloudRegion("gpt-4o-2024-05-13")).toBeUndefined();
    expect(readCloudRegion("claude-3-5-sonnet")).toBeUndefined();
  });
});

describe("isCloudRegionCode", () => {
  it("tells a region code from a model id", () => {
    expect(isCloudRegionCode("us-east-1")).toBe(true);
    expect(isCloudRegionCode("grok-2-vision-1212")).toBe(false);
    // "Global" alone can be a product's name; only codes are refused as models.
    expect(isCloudRegionCode("Global")).toBe(false);
  });
});
