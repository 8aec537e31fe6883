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
import { createWorld, orderOfA, personOf } from "./world";

const RUNS_PER_PROCEDURE = testEnv.fuzzRuns;

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
  const { x, people } = world;
  ids = [x.restaurantId, x.pizza, x.soup, x.cake, x.large, await orderOfA(world)];
  ids.push(people.customerA.userId, world.y.restaurantId);
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
  const context = `${path} ${JSON.stringify(input)?.slice(0, 300)} → ${result.text.slice(0, 500)}`;
  expect(result.status, context).toBeLessThan(500);
  expect(result.code, context).not.toBe("INTERNAL_SERVER_ERROR");
  expect(result.code ?? "", context).not.toMatch(/^(HTTP_|UNREADABLE)/);
  if (result.code === "BAD_REQUEST") {
    expect(Object.keys(result.fieldErrors ?? {}).length, `field errors: ${context}`).toBeGreaterThan(0);
  }
  const body = withoutStack(result.text);
  for (const leak of leaks) expect(body, context).not.toMatch(leak);
}

describe.each(procedures)("$path", ({ path, kind, access, input: schema }) => {
  it(`never answers 500 or leaks internals (${RUNS_PER_PROCEDURE} generated inputs)`, async () => {
    const role = callerFor[access];
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fuzzInput(schema, { ids }), async (input) => {
        const who = personOf(world, role);
        if (process.env.TEST_FUZZ_TRACE) console.info(path, JSON.stringify(input));
        const result = await callOverHttp(caller, path, kind, input, who);
        codes.set(result.code ?? "OK", (codes.get(result.code ?? "OK") ?? 0) + 1);
        // A call may end the caller's sessions (sign out everywhere): carry on signed in.
        if (who) who.sessionVersion = await sessionVersionOf(world, who.userId);
        checkAnswer(path, input, result);
      }),
      { numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
    );
    // The caller must get past authorization: a fuzz refused at the door proves nothing.
    expect(codes.get("UNAUTHORIZED") ?? 0, JSON.stringify([...codes])).toBe(0);
  });
});
