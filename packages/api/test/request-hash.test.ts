import { describe, expect, it } from "vitest";

import { canonicalJson, requestHash } from "../src/request-hash";

describe("requestHash", () => {
  it("ignores key order and undefined fields, at every level", async () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } };
    const b = { a: { d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(await requestHash(a)).toBe(await requestHash(b));
  });

  it("tells different requests apart, and is hex SHA-256", async () => {
    const hash = await requestHash({ tip: 100 });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(await requestHash({ tip: 101 }));
    // Array order is meaningful (cart lines), unlike key order.
    expect(await requestHash([1, 2])).not.toBe(await requestHash([2, 1]));
  });
});
