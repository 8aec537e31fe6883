import type { RespValue } from "./resp";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Converts a Redis reply to the JSON `result` Upstash's REST API returns. With
 * `Upstash-Encoding: base64` (the @upstash/redis default) every string — bulk or simple, at any
 * depth — is base64 of its bytes, and the client decodes them back; numbers and nulls stay as is.
 */
export function replyToJson(reply: RespValue, base64: boolean): Json {
  const text = (bytes: Buffer): string =>
    base64 ? bytes.toString("base64") : bytes.toString("utf8");
  switch (reply.kind) {
    case "integer":
      return reply.value;
    case "bulk":
      return reply.value === null ? null : text(reply.value);
    case "simple":
      return text(Buffer.from(reply.value, "utf8"));
    case "error":
      // Only reachable nested inside an array (top-level errors become {"error": …}).
      return text(Buffer.from(reply.message, "utf8"));
    case "array":
      return reply.items === null ? null : reply.items.map((item) => replyToJson(item, base64));
  }
}

/** One `{result}` / `{error}` entry, as used in single replies and in pipeline arrays. */
export function replyToEntry(
  reply: RespValue,
  base64: boolean,
): { result: Json } | { error: string } {
  return reply.kind === "error" ? { error: reply.message } : { result: replyToJson(reply, base64) };
}

/**
 * Command arguments as Redis strings. @upstash/redis sends strings, numbers and booleans;
 * objects (already JSON-serialised by the client in practice) are stringified defensively.
 */
export function parseCommand(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const args: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item === "string") args.push(item);
    else if (typeof item === "number" || typeof item === "boolean") args.push(String(item));
    else if (item === null) args.push("");
    else args.push(JSON.stringify(item));
  }
  return args;
}
