import { describe, expect, it } from "vitest";
import { isConnectionError } from "./is-connection-error";

describe("isConnectionError", () => {
  it("recognises refused, reset and shut-down connections as node-postgres, pg-boss and Prisma report them", () => {
    expect(isConnectionError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isConnectionError(new Error("\nInvalid `db.source.findMany()` invocation in\n/x.ts:3:23\n\nCan't reach database server at 127.0.0.1:1"))).toBe(true);
    // pg-boss re-emits worker errors as plain objects with the error's fields spread in.
    expect(isConnectionError({ message: "connect ECONNREFUSED 127.0.0.1:5432 (Queue: check-source, Worker: 1)", code: "ECONNREFUSED", queue: "check-source" })).toBe(true);
    expect(isConnectionError(new Error("query failed", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }))).toBe(true);
    expect(isConnectionError(new AggregateError([Object.assign(new Error("a"), { code: "ECONNREFUSED" }), Object.assign(new Error("b"), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("does not take query errors for outages", () => {
    expect(isConnectionError(Object.assign(new Error('duplicate key value violates unique constraint "sources_kind_url_key"'), { code: "23505" }))).toBe(false);
    expect(isConnectionError(new Error("index row requires 10016 bytes, maximum size is 8191"))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
    expect(isConnectionError("boom")).toBe(false);
  });
});
