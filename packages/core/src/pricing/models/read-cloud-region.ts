// Cloud region codes as price lists name them: Google's "us-east5", "europe-west4", "northamerica-northeast1",
// AWS's "us-east-1", "ap-northeast-1", and "global" / "multi-region" endpoints. A region is where a price
// applies, never a model: a regional price list repeats each model under every region it serves.
const REGION_CODE = /^(?:global|multi-region|(?:us|eu|europe|asia|ap|me|af|sa|ca|il|northamerica|southamerica|australia)(?:-[a-z]+)+-?\d+)$/;

/** The region a label names when it names only that ("us-east5", "Region: global", "eu-west-1 endpoint"), lower-cased. */
export function readCloudRegion(label: string): string | undefined {
  const m = /^(?:region:?\s*)?(\S+)(?:\s+(?:region|endpoints?))?$/.exec(label.trim().toLowerCase());
  return m && REGION_CODE.test(m[1]!) ? m[1]! : undefined;
}

/** Whether a name is a region code ("us-east-1"), which pages put beside a model's name, not a model. */
export function isCloudRegionCode(name: string): boolean {
  return REGION_CODE.test(name.trim().toLowerCase()) && name.trim().toLowerCase() !== "global";
}
