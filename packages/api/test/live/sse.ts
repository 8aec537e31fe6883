/** Reads tRPC subscriptions the way a browser does: one GET, a text/event-stream body. */
import { sessionCookie } from "@dishpatch/auth";
import superjson from "superjson";

import type { TestUser } from "../support";

export interface ServerSentEvent {
  /** "message" for data; tRPC also sends "connected", "return" and "serialized-error". */
  event: string;
  id: string | null;
  data: unknown;
}

export async function cookieOf(user: TestUser): Promise<string> {
  const setCookie = await sessionCookie(
    { userId: user.userId, sessionVersion: user.sessionVersion, email: user.email, name: null },
    false,
  );
  return setCookie.split(";")[0] ?? "";
}

/** The query string tRPC's subscription link sends: the input as superjson. */
export function subscriptionPath(path: string, input: unknown): string {
  return `${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
}

/**
 * Collects data events from an SSE response until `count` arrived, the server ended the
 * stream ("return"), or `timeoutMs` passed; then cancels the body (the client goes away).
 */
export async function readEvents(
  response: Response,
  opts: { count: number; timeoutMs?: number },
): Promise<{ events: ServerSentEvent[]; ended: boolean; error: unknown }> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error("response has no body");
  const events: ServerSentEvent[] = [];
  let buffer = "";
  let ended = false;
  let error: unknown = null;
  const deadline = Date.now() + (opts.timeoutMs ?? 8_000);
  try {
    while (events.length < opts.count && !ended && error === null && Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) =>
          setTimeout(() => {
            resolve(null);
          }, deadline - Date.now()),
        ),
      ]);
      if (chunk === null || chunk.done) break;
      buffer += chunk.value;
      let boundary: number;
      while ((boundary = buffer.indexOf("\n\n")) >= 0) {
        const parsed = parseBlock(buffer.slice(0, boundary));
        buffer = buffer.slice(boundary + 2);
        if (parsed?.event === "message") events.push(parsed);
        if (parsed?.event === "return") ended = true;
        if (parsed?.event === "serialized-error") error = parsed.data;
      }
    }
  } finally {
    await reader.cancel();
  }
  return { events, ended, error };
}

export function parseBlock(block: string): ServerSentEvent | null {
  let event = "message";
  let id: string | null = null;
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue; // a ping comment
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "id") id = value;
    else if (field === "data") data.push(value);
  }
  if (data.length === 0 && id === null && event === "message") return null;
  const raw = data.join("\n");
  const parsed: unknown = raw === "" ? null : JSON.parse(raw);
  return { event, id, data: parsed };
}
