import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date";

describe("parseDate", () => {
  it("reads start and end dates in the common spellings", () => {
    expect(parseDate("starting September 1, 2026")).toEqual([{ kind: "from", date: "2026-09-01" }]);
    expect(parseDate("effective 2026-09-01")).toEqual([{ kind: "from", date: "2026-09-01" }]);
    expect(parseDate("These charges will take effect starting on April 20th, 2026.")).toEqual([{ kind: "from", date: "2026-04-20" }]);
    expect(parseDate("50% off until Dec 31, 2025")).toEqual([{ kind: "until", date: "2025-12-31" }]);
  });

  it("takes a missing year from the clock: the next such date", () => {
    expect(parseDate("from 1 Sept", new Date("2026-05-01T00:00:00Z"))).toEqual([{ kind: "from", date: "2026-09-01" }]);
    expect(parseDate("from 1 Sept", new Date("2026-10-01T00:00:00Z"))).toEqual([{ kind: "from", date: "2027-09-01" }]);
    expect(parseDate("from 1 Sept")).toEqual([]);
  });
});
