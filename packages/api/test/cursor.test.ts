import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { decodeCursor, encodeCursor } from "../src/cursor";
import { fieldErrorsOf } from "../src/errors";

const schema = z.object({ id: z.string() });

describe("page cursors", () => {
  it("round-trips", () => {
    expect(decodeCursor(encodeCursor({ id: "a" }), schema)).toEqual({ id: "a" });
  });

  it.each(["\u0005x\u0013", "not base64!", encodeCursor({ other: 1 }), "Z0wyNo4wDe"])(
    "refuses %j as BAD_REQUEST naming the cursor field",
    (cursor) => {
      let error: unknown;
      try {
        decodeCursor(cursor, schema);
      } catch (caught) {
        error = caught;
      }
      if (!(error instanceof TRPCError)) throw new Error("expected a TRPCError");
      expect(error.code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(error)).toEqual({ cursor: [expect.stringContaining("expired")] });
    },
  );
});
