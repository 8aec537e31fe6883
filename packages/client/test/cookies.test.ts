import { describe, expect, it } from "vitest";

import { withCookies } from "../src";

/** A server that sets the cookies it is told to and echoes the Cookie header it got. */
function fakeServer(setCookies: string[][]) {
  const received: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    received.push(new Headers(init?.headers).get("cookie"));
    const headers = new Headers();
    for (const cookie of setCookies.shift() ?? []) headers.append("set-cookie", cookie);
    return Promise.resolve(new Response(null, { headers }));
  };
  return { fetch, received };
}

describe("withCookies", () => {
  it("remembers Set-Cookie and sends it back, next to the request's own cookies", async () => {
    const server = fakeServer([
      ["session=abc; Path=/; HttpOnly; SameSite=Lax", "csrf=1%7C2; Path=/"],
      ["session=def; Path=/"],
    ]);
    const jar = withCookies(server.fetch);
    await jar.fetch("http://dishpatch.test/a");
    await jar.fetch("http://dishpatch.test/b", { headers: { cookie: "own=1" } });
    await jar.fetch("http://dishpatch.test/c");
    expect(server.received).toEqual([
      null,
      "own=1; session=abc; csrf=1%7C2",
      "session=def; csrf=1%7C2",
    ]);
    expect(jar.get("session")).toBe("def");
    expect(jar.header()).toBe("session=def; csrf=1%7C2");
  });

  it("forgets cookies the server expires", async () => {
    const server = fakeServer([
      ["a=1", "b=2", "c=3"],
      ["a=; Max-Age=0", "b=2; Expires=Thu, 01 Jan 1970 00:00:00 GMT"],
    ]);
    const jar = withCookies(server.fetch);
    await jar.fetch("http://dishpatch.test/");
    await jar.fetch("http://dishpatch.test/");
    expect(jar.header()).toBe("c=3");
  });
});
