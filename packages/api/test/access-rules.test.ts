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

describe("every procedure declares who may call it", () => {
  const procedures = Object.entries(appRouter._def.procedures);

  it("finds the procedures", () => {
    expect(procedures.length).toBeGreaterThan(0);
  });

  it.each(procedures)("%s has an access rule", (_path, procedure) => {
    const access: unknown = procedure._def.meta?.access;
    expect(validRules).toContain(access);
  });

  it("matches the contract for the identity procedures", () => {
    const rules = Object.fromEntries(procedures.map(([path, p]) => [path, p._def.meta?.access]));
    expect(rules).toMatchObject({
      "health.check": "public",
      "auth.signUp": "public",
      "auth.me": "public",
      "auth.changePassword": "user",
      "auth.updateProfile": "user",
      "auth.signOutEverywhere": "user",
    });
  });
});
