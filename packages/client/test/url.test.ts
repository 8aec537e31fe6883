import { describe, expect, it } from "vitest";

import { trpcUrl } from "../src";

describe("trpcUrl", () => {
  it.each([
    ["http://localhost:3000", "http://localhost:3000/api/trpc"],
    ["http://localhost:3000/", "http://localhost:3000/api/trpc"],
    ["http://localhost:3000/api/trpc", "http://localhost:3000/api/trpc"],
    ["https://dishpatch.dev/api/trpc/", "https://dishpatch.dev/api/trpc"],
    ["https://example.com/preview", "https://example.com/preview/api/trpc"],
  ])("%s → %s", (input, expected) => {
    expect(trpcUrl(input)).toBe(expected);
  });

  it("refuses other protocols, queries and fragments", () => {
    expect(() => trpcUrl("ftp://example.com")).toThrow(/http/);
    expect(() => trpcUrl("http://example.com/?x=1")).toThrow(/query/);
    expect(() => trpcUrl("not a url")).toThrow();
  });
});
