/**
 * Fuzz: every procedure of the router, called through the HTTP handler with generated inputs
 * by a caller its access rule admits (so calls get past authorization into the logic). No
 * answer may be a 500; bad input is a BAD_REQUEST naming the fields; no answer leaks SQL or
 * database internals. A new procedure is fuzzed as soon as it is in the router.
 */
import type { TestDatabase } from "@dishpatch/db/testing";
import { createDatabase } from "@dishpatch/db";
import { createTestDatabase } from "@dishpatch/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import type { AccessRule } from "../../src";
import type { Caller, CallResult } from "./http";
import type { Role, World } from "./world";
import { testEnv } from "../env";
import { callOverHttp, unlimited } from "./http";
import { procedures } from "./procedures";
import { fuzzInput } from "./schema-arbitrary";
import { sessionVersionOf } from "./valid-calls";
import { createUser } from "../support";
import { createWorld, orderOfA, personOf } from "./world";

const RUNS_PER_PROCEDURE = testEnv.fuzzRuns;
/** Each well-formed call of these hashes passwords twice (PBKDF2, 600,000 iterations). */
const RUNS_OF_COSTLY: Record<string, number> = { "auth.changePassword": 3, "auth.signUp": 5 };

let database: TestDatabase;
let world: World;
let caller: Caller;
let ids: string[];

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  world = await createWorld(database.db);
  caller = {
    createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
    limiter: unlimited,
    // A stream that was accepted has proved its point; do not wait for events.
    timeoutMs: 300,
  };
  const { x } = world;
  // Real ids the fuzz mixes in. The user is a bystander: admin calls may suspend them or
  // change their role, which must not lock the fuzz's own callers out.
  const bystander = await createUser(database.db);
  ids = [x.restaurantId, x.pizza, x.soup, x.cake, x.large, await orderOfA(world)];
  ids.push(bystander.userId, world.y.restaurantId);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

const callerFor: Record<AccessRule, Role> = {
  public: "anonymous",
  user: "customerA",
  admin: "admin",
  "restaurant:staff": "ownerX",
  "restaurant:owner": "ownerX",
};

/** What a response must never contain outside the (development-only) stack trace. */
const leaks = [
  /\b(select|insert into|delete from)\b.*\b(from|values|where)\b/i,
  /violates|duplicate key|syntax for type|relation "|column "|pg_|postgres|drizzle|neon/i,
  /node_modules|\.ts:\d+/,
];

function withoutStack(text: string): string {
  return text.replace(/"stack":"(?:[^"\\]|\\.)*"/g, '"stack":""');
}

function checkAnswer(path: string, input: unknown, result: CallResult) {
  const context = `${path} ${JSON.stringify(input ?? null).slice(0, 300)} → ${result.text.slice(0, 500)}`;
  expect(result.status, context).toBeLessThan(500);
  expect(result.code, context).not.toBe("INTERNAL_SERVER_ERROR");
  expect(result.code ?? "", context).not.toMatch(/^(HTTP_|UNREADABLE)/);
  if (result.code === "BAD_REQUEST") {
    expect(
      Object.keys(result.fieldErrors ?? {}).length,
      `field errors: ${context}`,
    ).toBeGreaterThan(0);
  }
  const body = withoutStack(result.text);
  for (const leak of leaks) expect(body, context).not.toMatch(leak);
}

/**
 * Restaurant procedures mostly get restaurant X (the caller's), so the fuzz reaches past the
 * membership check into the procedure; the rest keep whatever restaurant id was generated.
 */
function inputsFor(access: AccessRule, inputs: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (!access.startsWith("restaurant:")) return inputs;
  return fc
    .tuple(inputs, fc.nat(4))
    .map(([input, dice]) =>
      dice > 0 && typeof input === "object" && input !== null && !Array.isArray(input)
        ? { ...input, restaurantId: world.x.restaurantId }
        : input,
    );
}

describe.each(procedures)("$path", ({ path, kind, access, input: schema }) => {
  const runs = Math.min(RUNS_PER_PROCEDURE, RUNS_OF_COSTLY[path] ?? RUNS_PER_PROCEDURE);
  it(`never answers 500 or leaks internals (${runs} generated inputs)`, async () => {
    const role = callerFor[access];
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(inputsFor(access, fuzzInput(schema, { ids })), async (input) => {
        const who = personOf(world, role);
        // An earlier call may have ended the caller's sessions (sign out everywhere, password
        // change): carry on with a current one.
        if (who) who.sessionVersion = await sessionVersionOf(world, who.userId);
        const result = await callOverHttp(caller, path, kind, input, who);
        codes.set(result.code ?? "OK", (codes.get(result.code ?? "OK") ?? 0) + 1);
        checkAnswer(path, input, result);
      }),
      { numRuns: runs, endOnFailure: true },
    );
    // The caller must get past authorization: a fuzz refused at the door proves nothing.
    expect(codes.get("UNAUTHORIZED") ?? 0, JSON.stringify([...codes])).toBe(0);
  });
});
