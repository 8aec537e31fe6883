/** Calls procedures the way clients do: one HTTP request through the real fetch handler. */
import type { DatabaseHandle } from "@dishpatch/db";
import superjson from "superjson";
import { z } from "zod";

import type { RateLimiter } from "../../src";
import type { ProcedureKind } from "../../src/reference";
import type { TestUser } from "../support";
import { handleTrpcRequest } from "../../src";
import { cookieOf, parseBlock } from "../live/sse";

export interface CallResult {
  status: number;
  /** The raw body, for leak checks. */
  text: string;
  /** tRPC error code key (e.g. "BAD_REQUEST"), or null when the call succeeded. */
  code: string | null;
  data: unknown;
  fieldErrors: Record<string, string[]> | null;
  retryAfter: string | null;
  ms: number;
}

export interface Caller {
  createDatabase: () => DatabaseHandle;
  limiter: RateLimiter;
  /** Abort a request that takes longer (subscriptions: how long to read the stream). */
  timeoutMs?: number;
}

const errorBody = z.object({
  error: z.object({
    json: z.object({
      message: z.string(),
      data: z.object({
        code: z.string(),
        fieldErrors: z.record(z.string(), z.array(z.string())).nullable().optional(),
      }),
    }),
  }),
});

const cookies = new Map<string, Promise<string>>();
function cookieFor(user: TestUser) {
  // Keyed by version too: a call that ends the sessions hands the user a new one.
  const key = `${user.userId}:${user.sessionVersion}`;
  let cookie = cookies.get(key);
  if (!cookie) cookies.set(key, (cookie = cookieOf(user)));
  return cookie;
}

/**
 * One call of `path` as `who` (null: signed out). Queries and subscriptions are GETs with the
 * input in the query string, mutations POST it, all as superjson, as the tRPC links send it.
 */
export async function callOverHttp(
  caller: Caller,
  path: string,
  kind: ProcedureKind,
  input: unknown,
  who: TestUser | null,
): Promise<CallResult> {
  const started = performance.now();
  const headers = new Headers();
  if (who) headers.set("cookie", await cookieFor(who));
  const encoded = JSON.stringify(encode(input));
  let request: Request;
  if (kind === "mutation") {
    headers.set("content-type", "application/json");
    request = new Request(`http://dishpatch.test/api/trpc/${path}`, {
      method: "POST",
      headers,
      body: encoded,
    });
  } else {
    if (kind === "subscription") headers.set("accept", "text/event-stream");
    const query = input === undefined ? "" : `?input=${encodeURIComponent(encoded)}`;
    request = new Request(`http://dishpatch.test/api/trpc/${path}${query}`, { headers });
  }
  const response = await handleTrpcRequest(request, {
    endpoint: "/api/trpc",
    createDatabase: caller.createDatabase,
    limiter: caller.limiter,
  });
  const text =
    kind === "subscription"
      ? await readStreamStart(response, caller.timeoutMs ?? 1_500)
      : await response.text();
  return {
    ...interpret(response.status, text, kind),
    text,
    retryAfter: response.headers.get("retry-after"),
    ms: performance.now() - started,
  };
}

/**
 * As the client's superjson would send it; input it refuses to encode (an own `__proto__`
 * key) is sent raw, as a client outside TypeScript could.
 */
function encode(input: unknown): unknown {
  try {
    return superjson.serialize(input);
  } catch {
    return { json: input };
  }
}

type Outcome = Omit<CallResult, "text" | "retryAfter" | "ms">;

function interpret(status: number, text: string, kind: ProcedureKind): Outcome {
  if (kind === "subscription") return subscriptionOutcome(status, text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status, code: status >= 400 ? `HTTP_${status}` : null, data: text, fieldErrors: null };
  }
  const error = errorBody.safeParse(json);
  if (error.success) {
    const { data } = error.data.error.json;
    return { status, code: data.code, data: null, fieldErrors: data.fieldErrors ?? null };
  }
  const result = z.object({ result: z.object({ data: z.unknown() }) }).safeParse(json);
  return {
    status,
    code: result.success ? null : `HTTP_${status}`,
    data: result.success ? result.data.result.data : json,
    fieldErrors: null,
  };
}

/**
 * A subscription answers 200 with an event stream; a refusal arrives as a "serialized-error"
 * event carrying the error shape. Data events mean it was allowed.
 */
function subscriptionOutcome(status: number, text: string): Outcome {
  if (status >= 400) return interpret(status, text, "query");
  const refusal = blocksOf(text).find((block) => block.event === "serialized-error");
  // The error shape, superjson-encoded like every payload: { json: shape }.
  const shape = z
    .object({
      json: z.object({
        data: z.object({
          code: z.string(),
          fieldErrors: z.record(z.string(), z.array(z.string())).nullable().optional(),
        }),
      }),
    })
    .safeParse(refusal?.data);
  if (shape.success) {
    const { code, fieldErrors } = shape.data.json.data;
    return { status, code, data: null, fieldErrors: fieldErrors ?? null };
  }
  if (refusal) return { status, code: "UNREADABLE_ERROR", data: refusal.data, fieldErrors: null };
  return { status, code: null, data: text, fieldErrors: null };
}

function blocksOf(text: string) {
  return text.split("\n\n").flatMap((block) => {
    try {
      const parsed = parseBlock(block);
      return parsed ? [parsed] : [];
    } catch {
      return []; // a block cut off mid-way
    }
  });
}

/** Reads what a stream sends within `ms`, then goes away like a closed tab. */
async function readStreamStart(response: Response, ms: number): Promise<string> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) return "";
  let text = "";
  const deadline = Date.now() + ms;
  try {
    while (Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => {
          setTimeout(() => {
            resolve(null);
          }, deadline - Date.now());
        }),
      ]);
      if (chunk === null || chunk.done) break;
      text += chunk.value;
      // Enough to judge: a refusal, the end, or the first data event.
      const complete = text.slice(0, text.lastIndexOf("\n\n") + 1);
      if (blocksOf(complete).some((b) => b.event !== "connected" && b.event !== "ping")) break;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text;
}

/**
 * Places like the client: a retryable refusal (SERVICE_UNAVAILABLE) is tried again with the
 * same input and key, up to `attempts` times; `onRetry` counts them.
 */
export async function placeRetrying(
  caller: Caller,
  input: unknown,
  who: TestUser,
  opts: { attempts?: number; onRetry?: (result: CallResult) => void } = {},
): Promise<CallResult> {
  for (let attempt = 1; ; attempt++) {
    const result = await callOverHttp(caller, "order.place", "mutation", input, who);
    if (result.code !== "SERVICE_UNAVAILABLE" || attempt >= (opts.attempts ?? 6)) return result;
    opts.onRetry?.(result);
    // Sooner than Retry-After asks (5 s), to keep tests short; with jitter, as clients do.
    await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
  }
}

/** A limiter that never limits: the fuzz and matrix are about answers, not quotas. */
export const unlimited: RateLimiter = {
  kind: "memory",
  check: () => Promise.resolve({ allowed: true, resetAt: Date.now(), remaining: 1_000 }),
};
