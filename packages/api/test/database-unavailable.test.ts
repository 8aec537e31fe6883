import { createDatabase } from "@dishpatch/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, inject, it } from "vitest";

import { DATABASE_RETRY_SECONDS, unavailableDatabaseError } from "../src/database-unavailable";
import { RetryAfter } from "../src/ratelimit";
import { callerAs } from "./support";

describe("a database that cannot be reached", () => {
  it("is SERVICE_UNAVAILABLE with a retry delay, not a 500 quoting SQL", () => {
    const driver = Object.assign(new Error("sorry, too many clients already"), { code: "53300" });
    const internal = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: "Failed query: select 1",
      cause: new Error("Failed query: select 1", { cause: driver }),
    });
    const mapped = unavailableDatabaseError(internal);
    expect(mapped?.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapped?.message).not.toContain("select");
    expect(mapped?.cause).toEqual(new RetryAfter(DATABASE_RETRY_SECONDS));
    const bug = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new TypeError("x") });
    expect(unavailableDatabaseError(bug)).toBeNull();
  });

  it("answers a procedure's caller that way, with Retry-After, when the server is gone", async () => {
    // A database on the test server's relay that does not exist: every connect fails.
    const { urlFor, wsProxy } = inject("testDatabaseServer");
    const handle = createDatabase({
      url: urlFor.replace("__database__", "x").replace(/:\d+\//, ":1/"),
      wsProxy,
    });
    try {
      const resHeaders = new Headers();
      const { caller } = callerAs(handle.db, null, { resHeaders });
      const started = performance.now();
      const error = await caller.restaurant.list({}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
      expect(resHeaders.get("retry-after")).toBe(String(DATABASE_RETRY_SECONDS));
      expect(performance.now() - started).toBeLessThan(6_000);
    } finally {
      await handle.end();
    }
  });
});
