import type { TestDatabase } from "@dishpatch/db/testing";
import { createDatabase } from "@dishpatch/db";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { handleTrpcRequest, MAX_BATCH_SIZE } from "../src";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  // Client errors are logged as JSON lines; keep the test output readable.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

const base = "http://dishpatch.test/api/trpc";

function call(path: string, init?: RequestInit) {
  return handleTrpcRequest(new Request(`${base}/${path}`, init), {
    endpoint: "/api/trpc",
    createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
  });
}

interface ErrorBody {
  error: {
    json: { message: string; data: { code: string; httpStatus: number; requestId: string | null } };
  };
}

describe("tRPC over the Fetch API", () => {
  it("answers a single query with superjson and tracing headers", async () => {
    const res = await call("health.check");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("server-timing")).toMatch(/db;dur=\d+(\.\d+)?;desc="1 queries"/);
    const body = (await res.json()) as {
      result: {
        data: {
          json: { status: string; time: string };
          meta: { values: Record<string, string[]> };
        };
      };
    };
    expect(body.result.data.json.status).toBe("ok");
    // superjson marks the Date so the client gets a Date back, not a string.
    expect(body.result.data.meta.values).toEqual({ time: ["Date"] });
  });

  it("answers a batch in one response", async () => {
    const res = await call("health.check,health.check?batch=1&input=%7B%7D");
    expect(res.status).toBe(200);
    const body = (await res.json()) as unknown[];
    expect(body).toHaveLength(2);
  });

  it("answers an unknown procedure with 404 NOT_FOUND", async () => {
    const res = await call("nope.missing");
    expect(res.status).toBe(404);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.data.code).toBe("NOT_FOUND");
    expect(body.error.json.data.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("answers malformed input JSON with 400", async () => {
    const res = await call("health.check?input=%7Bnot-json");
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.data.httpStatus).toBe(400);
  });

  it("refuses a batch over the limit with 400", async () => {
    const paths = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => "health.check").join(",");
    const res = await call(`${paths}?batch=1`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/json");
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.message).toMatch(/batch/i);
  });

  it("accepts a batch at the limit", async () => {
    const paths = Array.from({ length: MAX_BATCH_SIZE }, () => "health.check").join(",");
    const res = await call(`${paths}?batch=1`);
    expect(res.status).toBe(200);
  });

  it("answers a query sent as a JSON POST with 405", async () => {
    const res = await call("health.check", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(405);
  });

  it("answers methods tRPC does not speak with 405 and Allow", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await call("health.check", { method });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, POST");
      const body = (await res.json()) as ErrorBody;
      expect(body.error.json.data.code).toBe("METHOD_NOT_SUPPORTED");
    }
  });

  it("answers input sent to a procedure that takes none with 400", async () => {
    const res = await call("health.check?input=%7B%22json%22%3A%22surprise%22%7D");
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
  });

  it("ends the request's database handle once the body is read", async () => {
    const ended = vi.fn();
    const res = await handleTrpcRequest(new Request(`${base}/health.check`), {
      endpoint: "/api/trpc",
      createDatabase: () => {
        const handle = createDatabase({ url: database.url, wsProxy: database.wsProxy });
        return {
          ...handle,
          end: () => {
            ended();
            return handle.end();
          },
        };
      },
    });
    expect(ended).not.toHaveBeenCalled();
    await res.text();
    await vi.waitFor(() => {
      expect(ended).toHaveBeenCalledTimes(1);
    });
  });
});
