import type { TRPCDefaultErrorShape } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { InvalidFields, shapeError } from "../src/errors";

function defaultShape(error: TRPCError): TRPCDefaultErrorShape {
  return {
    message: error.message,
    code: -32603,
    data: {
      code: error.code,
      httpStatus: 500,
      path: "x.y",
      stack: "Error: secret\n    at db.ts:1",
    },
  };
}

describe("shapeError", () => {
  it("hides a bug's message and stack in production and names the request", () => {
    const error = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: 'relation "users" does not exist',
    });
    const shaped = shapeError({
      shape: defaultShape(error),
      error,
      requestId: "req-1",
      isProduction: true,
    });
    expect(shaped.message).toBe("Something went wrong (request req-1)");
    expect(JSON.stringify(shaped)).not.toContain("relation");
    expect(JSON.stringify(shaped)).not.toContain("db.ts");
    expect(shaped.data.requestId).toBe("req-1");
  });

  it("keeps the message and stack outside production, for developers", () => {
    const error = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "boom" });
    const shaped = shapeError({
      shape: defaultShape(error),
      error,
      requestId: "r",
      isProduction: false,
    });
    expect(shaped.message).toBe("boom");
    expect(shaped.data).toHaveProperty("stack");
  });

  it("turns zod issues into field errors keyed by path", () => {
    const parsed = z
      .object({ email: z.email(), address: z.object({ zip: z.string().min(4) }) })
      .safeParse({ email: "nope", address: { zip: "1" } });
    if (parsed.success) throw new Error("expected a parse failure");
    const error = new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
    const shaped = shapeError({
      shape: defaultShape(error),
      error,
      requestId: "r",
      isProduction: true,
    });
    expect(shaped.message).toBe("Invalid input: check email, address.zip");
    expect(Object.keys(shaped.data.fieldErrors ?? {})).toEqual(["email", "address.zip"]);
  });

  it("leaves client errors' own messages alone in production", () => {
    const error = new TRPCError({ code: "NOT_FOUND", message: "No such restaurant" });
    const shaped = shapeError({
      shape: defaultShape(error),
      error,
      requestId: "r",
      isProduction: true,
    });
    expect(shaped.message).toBe("No such restaurant");
    expect(shaped.data.fieldErrors).toBeNull();
  });

  it("carries field errors found by checks against data, keeping the message", () => {
    const error = new TRPCError({
      code: "BAD_REQUEST",
      message: "The current password is not correct.",
      cause: new InvalidFields({ currentPassword: ["The current password is not correct."] }),
    });
    const shaped = shapeError({
      shape: defaultShape(error),
      error,
      requestId: "r",
      isProduction: true,
    });
    expect(shaped.message).toBe("The current password is not correct.");
    expect(shaped.data.fieldErrors).toEqual({
      currentPassword: ["The current password is not correct."],
    });
  });
});
