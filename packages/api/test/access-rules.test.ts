import type { AnyTRPCProcedure } from "@trpc/server";
import { describe, expect, it } from "vitest";

import type { AccessRule } from "../src";
import { appRouter } from "../src";

const validRules: AccessRule[] = [
  "public",
  "user",
  "admin",
  "restaurant:staff",
  "restaurant:owner",
];

function isProcedure(value: unknown): value is AnyTRPCProcedure {
  return typeof value === "function" && "_def" in value;
}

/** Every procedure of the app, by dotted path (the router's flat record). */
const procedures: [string, AnyTRPCProcedure][] = Object.entries(
  appRouter._def.procedures as Record<string, unknown>,
).flatMap(([path, value]) =>
  isProcedure(value) ? [[path, value] as [string, AnyTRPCProcedure]] : [],
);

function accessOf(procedure: AnyTRPCProcedure): unknown {
  const meta: unknown = procedure._def.meta;
  return typeof meta === "object" && meta !== null && "access" in meta ? meta.access : undefined;
}

describe("every procedure declares who may call it", () => {
  it("finds every procedure of the router", () => {
    expect(procedures.length).toBe(Object.keys(appRouter._def.procedures).length);
    expect(procedures.length).toBeGreaterThan(0);
  });

  it.each(procedures)("%s has an access rule", (_path, procedure) => {
    expect(validRules).toContain(accessOf(procedure));
  });

  it("matches the contract for the identity procedures", () => {
    const rules = Object.fromEntries(procedures.map(([path, p]) => [path, accessOf(p)]));
    expect(rules).toMatchObject({
      "health.check": "public",
      "auth.signUp": "public",
      "auth.me": "public",
      "auth.changePassword": "user",
      "auth.updateProfile": "user",
      "auth.signOutEverywhere": "user",
      "restaurant.list": "public",
      "restaurant.bySlug": "public",
      "restaurant.cuisines": "public",
      "cart.quote": "public",
    });
  });
});
