import { describe, expect, it } from "vitest";

import { withoutAppendedRouteParams } from "../src/lib/route-params-url";

describe("withoutAppendedRouteParams", () => {
  const strip = (url: string, values: string[]) => withoutAppendedRouteParams(url, "path", values);

  it("removes the route params Next appended to the query", () => {
    expect(strip("http://h/api/v1/restaurants?limit=3&path=restaurants", ["restaurants"])).toBe(
      "http://h/api/v1/restaurants?limit=3",
    );
    expect(strip("http://h/api/v1/r/x?path=r&path=x", ["r", "x"])).toBe("http://h/api/v1/r/x");
  });

  it("leaves a query alone when its tail is not the route's params", () => {
    // On Node, or a caller's own `path` that is not at the end in the params' order.
    expect(strip("http://h/api/v1/restaurants?limit=3", ["restaurants"])).toBe(
      "http://h/api/v1/restaurants?limit=3",
    );
    expect(strip("http://h/api/v1/r/x?path=x&path=r", ["r", "x"])).toBe(
      "http://h/api/v1/r/x?path=x&path=r",
    );
  });

  it("keeps a caller's own entry of the same name before the appended ones", () => {
    expect(strip("http://h/api/v1/restaurants?path=mine&path=restaurants", ["restaurants"])).toBe(
      "http://h/api/v1/restaurants?path=mine",
    );
  });
});
