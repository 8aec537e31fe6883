import { describe, expect, it } from "vitest";

import { healthStatus } from "../src";

describe("healthStatus", () => {
  const ok = {
    status: "ok",
    version: "1.0.0",
    time: new Date(),
    database: { reachable: true, latencyMs: 1.5 },
  };

  it("accepts a reachable database with its latency", () => {
    expect(healthStatus.parse(ok)).toEqual(ok);
  });

  it("accepts an unreachable database without latency", () => {
    const degraded = { ...ok, status: "degraded", database: { reachable: false, latencyMs: null } };
    expect(healthStatus.safeParse(degraded).success).toBe(true);
  });

  it("rejects a negative latency and an unknown status", () => {
    expect(healthStatus.safeParse({ ...ok, status: "fine" }).success).toBe(false);
    const negative = { ...ok, database: { reachable: true, latencyMs: -1 } };
    expect(healthStatus.safeParse(negative).success).toBe(false);
  });
});
