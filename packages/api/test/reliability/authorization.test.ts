/**
 * The authorization matrix: every procedure × {anonymous, customer A, customer B, staff X,
 * owner X, owner Y, admin}, through the HTTP handler. The expectation comes from each
 * procedure's declared access rule (meta), so a new procedure is covered as soon as it exists
 * and the test fails until it has a valid call in valid-calls.ts.
 */
import type { TestDatabase } from "@dishpatch/db/testing";
import { createDatabase } from "@dishpatch/db";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import type { Caller } from "./http";
import type { Expectation } from "./procedures";
import type { Role, World } from "./world";
import { callOverHttp, unlimited } from "./http";
import { expectationFor, procedures } from "./procedures";
import { sessionVersionOf, validCalls } from "./valid-calls";
import { createWorld, personOf, roles } from "./world";

let database: TestDatabase;
let world: World;
let caller: Caller;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  world = await createWorld(database.db);
  caller = {
    createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
    limiter: unlimited,
  };
  // Refusals are logged as warnings by design; the matrix makes hundreds of them.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

describe("the matrix covers the whole router", () => {
  it("has a valid call for every procedure and none for procedures that are gone", () => {
    const paths = procedures.map((p) => p.path);
    expect(
      paths.filter((path) => !(path in validCalls)),
      "procedures missing a call",
    ).toEqual([]);
    expect(
      Object.keys(validCalls).filter((path) => !paths.includes(path)),
      "stale",
    ).toEqual([]);
    expect(paths.length).toBeGreaterThanOrEqual(43);
  });
});

const denials = new Set(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"]);

describe.each(procedures)("$path ($access)", ({ path, kind, access }) => {
  it("allows exactly the callers its access rule names, and tells the others nothing", async () => {
    const call = validCalls[path];
    if (!call) throw new Error(`${path} has no valid call in valid-calls.ts`);
    const got: Record<string, string> = {};
    const wanted: Record<string, Expectation> = {};
    const check = async (role: Role) => {
      const who = personOf(world, role);
      const result = await callOverHttp(caller, path, kind, await call.input(world), who);
      got[role] = result.code ?? "allow";
      wanted[role] = expectationFor(access, role, call.audience);
      expect(result.status, `${role}: ${result.text.slice(0, 300)}`).toBeLessThan(500);
      if (result.code !== null) {
        expect(denials.has(result.code) || wanted[role] === "allow", `${role}: ${result.text}`);
        // A refusal carries an error shape and nothing of the data.
        expect(result.data, role).toBeNull();
      }
      if (call.endsSession && who) who.sessionVersion = await sessionVersionOf(world, who.userId);
    };
    // The seven callers are different people: they may call at once (which also shows no
    // answer depends on another's). Calls that end a session run after one another.
    if (call.endsSession) for (const role of roles) await check(role);
    else await Promise.all(roles.map(check));
    expect(got).toEqual(wanted);
  });
});
