import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { InvalidFields } from "./errors";

const EXPIRED_CURSOR = "This page link has expired; start again.";

/**
 * Cursors are opaque to clients: base64url JSON, decoded against a schema. Anything that does
 * not decode is a bad request, never a 500.
 */
export function encodeCursor(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  try {
    const binary = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return schema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    // Named as the field it came in, like any other bad input (found by the reliability fuzz).
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: EXPIRED_CURSOR,
      cause: new InvalidFields({ cursor: [EXPIRED_CURSOR] }),
    });
  }
}

/** A position after (created_at, id) in a time-ordered list; `at` is the exact timestamp text. */
export const timeCursor = z.object({ at: z.string().max(64), id: z.string().max(64) });
