import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { nulCharacterFields } from "../src/text-input-guard";
import { expectCode } from "./fixtures-orders";
import { callerAs, createUser } from "./support";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

describe("NUL characters in input (Postgres text cannot hold them)", () => {
  it("names every field holding one, however deep", () => {
    expect(
      nulCharacterFields({ a: "ok", lines: [{ itemId: "x\u0000" }], b: { c: "\u0000" } }),
    ).toEqual({
      "lines.0.itemId": [expect.stringContaining("NUL")],
      "b.c": [expect.stringContaining("NUL")],
    });
    expect(nulCharacterFields("\u0000")).toEqual({ _: [expect.stringContaining("NUL")] });
    expect(nulCharacterFields({ a: "fine", n: 1, list: ["x"] })).toBeNull();
  });

  it("refuses them as BAD_REQUEST with field errors instead of failing in the database", async () => {
    const user = await createUser(database.db);
    const { caller } = callerAs(database.db, user);
    const error = await expectCode(caller.auth.updateProfile({ name: "a\u0000b" }), "BAD_REQUEST");
    expect(error.cause).toMatchObject({ fields: { name: [expect.stringContaining("NUL")] } });
    const admin = await createUser(database.db, { role: "admin" });
    await expectCode(
      callerAs(database.db, admin).caller.admin.suspendUser({
        userId: "\u0000",
        suspended: true,
        reason: "x",
      }),
      "BAD_REQUEST",
    );
  });
});

describe("lone surrogates in input (Postgres jsonb refuses them)", () => {
  it("names the field, and lets whole pairs (emoji) through", () => {
    expect(nulCharacterFields({ ids: ["ok", "\ud800"], b: "x\udc00" })).toEqual({
      "ids.1": [expect.stringContaining("surrogate")],
      b: [expect.stringContaining("surrogate")],
    });
    expect(nulCharacterFields({ name: "Pizza 🍕" })).toBeNull();
  });

  it("refuses menu.reorder ids holding one as BAD_REQUEST, not a 500", async () => {
    const user = await createUser(database.db);
    await expectCode(
      callerAs(database.db, user).caller.menu.reorder({
        restaurantId: "r",
        kind: "categories",
        ids: ["\ud800"],
      }),
      "BAD_REQUEST",
    );
  });
});
