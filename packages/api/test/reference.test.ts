/**
 * The API reference is generated from the router; the committed snapshot
 * (src/reference/api-reference.json, shown at /docs/api and reviewed in diffs) must match it,
 * so a new or changed procedure cannot go undocumented. After changing the API:
 * `pnpm --filter @dishpatch/api reference:update`.
 */
import { describe, expect, it } from "vitest";

import { appRouter } from "../src";
import { buildApiReference, listProcedures, publicExamples } from "../src/reference";

const reference = buildApiReference(appRouter);
const byPath = new Map(reference.map((entry) => [entry.path, entry]));

describe("API reference", () => {
  it("documents every procedure, each with a one-line summary", () => {
    const paths = Object.keys(appRouter._def.procedures).sort();
    expect(reference.map((entry) => entry.path)).toEqual(paths);
    for (const entry of reference) {
      expect(entry.summary, entry.path).toMatch(/^[A-Z].{8,100}[.)]$/);
      expect(entry.summary, entry.path).not.toContain("\n");
    }
  });

  it("matches the committed snapshot", async () => {
    await expect(`${JSON.stringify(reference, null, 2)}\n`).toMatchFileSnapshot(
      "../src/reference/api-reference.json",
    );
  });

  it("derives errors from input, access rule and domain errors", () => {
    expect(byPath.get("health.check")?.errors).toEqual(["BAD_REQUEST", "TOO_MANY_REQUESTS"]);
    expect(byPath.get("auth.me")?.errors).toEqual(["TOO_MANY_REQUESTS"]);
    expect(byPath.get("order.byId")?.errors).toEqual([
      "BAD_REQUEST",
      "UNAUTHORIZED",
      "FORBIDDEN",
      "NOT_FOUND",
      "TOO_MANY_REQUESTS",
    ]);
    expect(byPath.get("restaurant.mine")?.errors).toEqual([
      "UNAUTHORIZED",
      "FORBIDDEN",
      "TOO_MANY_REQUESTS",
    ]);
  });

  it("merges several inputs into one object schema (restaurantProcedure adds restaurantId)", () => {
    const input = byPath.get("promo.deactivate")?.input;
    expect(input?.type).toBe("object");
    expect(input?.required).toContain("restaurantId");
    expect(Object.keys(input?.properties ?? {}).length).toBeGreaterThan(1);
    expect(byPath.get("restaurant.mine")?.input).toBeNull();
  });

  it("names kinds and access rules as the router declares them", () => {
    expect(byPath.get("order.onUpdate")).toMatchObject({ kind: "subscription", access: "user" });
    expect(byPath.get("order.place")).toMatchObject({ kind: "mutation", access: "user" });
    expect(byPath.get("merchant.refund")?.access).toBe("restaurant:owner");
    expect(byPath.get("admin.users")?.access).toBe("admin");
  });

  it("has a valid example input for every public procedure, and only for those", () => {
    const publicPaths = reference.filter((e) => e.access === "public").map((e) => e.path);
    expect(Object.keys(publicExamples).sort()).toEqual(publicPaths);
    for (const { path, definition } of listProcedures(appRouter)) {
      if (!publicPaths.includes(path)) continue;
      for (const input of definition.inputs) {
        expect(input.safeParse(publicExamples[path]).success, path).toBe(true);
      }
    }
  });
});
