import { describe, expect, it } from "vitest";

import { isDatabaseUnavailable } from "../src/unavailable";

/** What drizzle throws: "Failed query: …" caused by the driver's error. */
function failedQuery(cause: unknown) {
  return new Error("Failed query: select 1", { cause });
}

function pgError(code: string, message: string) {
  return Object.assign(new Error(message), { code });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "server shutting down",
      pgError("57P01", "terminating connection due to administrator command"),
    ],
    ["server starting", pgError("57P03", "the database system is starting up")],
    ["out of connections", pgError("53300", "sorry, too many clients already")],
    ["statement timeout", pgError("57014", "canceling statement due to statement timeout")],
    ["connection exception class", pgError("08006", "connection failure")],
    ["link dropped", new Error("Connection terminated unexpectedly")],
    ["connect timeout", new Error("Connection terminated due to connection timeout")],
    ["query timeout", new Error("Query read timeout")],
  ])("recognises %s, also wrapped by drizzle", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(failedQuery(error))).toBe(true);
  });

  it.each([
    ["a constraint violation", pgError("23505", "duplicate key value violates unique constraint")],
    ["bad SQL", pgError("42P01", 'relation "nope" does not exist')],
    ["a bug", new TypeError("cannot read properties of undefined")],
    ["not an error", "Connection"],
  ])("leaves %s alone (a real 500 or a domain error)", (_name, error) => {
    expect(isDatabaseUnavailable(failedQuery(error))).toBe(false);
  });
});
