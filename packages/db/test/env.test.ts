import { afterEach, describe, expect, it, vi } from "vitest";

import { LOCAL_DATABASE_URL, LOCAL_WS_PROXY, readDatabaseEnv } from "../src/env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("readDatabaseEnv", () => {
  it("defaults to the local devstack when nothing is set", () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATABASE_WS_PROXY", "");
    expect(readDatabaseEnv()).toEqual({ url: LOCAL_DATABASE_URL, wsProxy: LOCAL_WS_PROXY });
  });

  it("uses no relay for a database given explicitly (Neon)", () => {
    vi.stubEnv("DATABASE_URL", "postgres://u:p@ep-example.neon.tech/app");
    vi.stubEnv("DATABASE_WS_PROXY", "");
    expect(readDatabaseEnv()).toEqual({
      url: "postgres://u:p@ep-example.neon.tech/app",
      wsProxy: undefined,
    });
  });

  it("rejects a malformed DATABASE_URL", () => {
    vi.stubEnv("DATABASE_URL", "not a url");
    expect(() => readDatabaseEnv()).toThrow();
  });
});
