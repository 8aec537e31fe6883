import { describe, expect, it } from "vitest";

import { verifyOutputConfig } from "../src/output-config";

const securityRoute = {
  src: "^(?:/(.*))$",
  headers: {
    "Strict-Transport-Security": "max-age=63072000",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=()",
  },
  continue: true,
};
const job = { path: "/api/cron/expire-orders", schedule: "*/5 * * * *" };

describe("verifyOutputConfig", () => {
  it("passes when crons match vercel.json and the app's security headers are routed", () => {
    const output = { version: 3, routes: [securityRoute], crons: [job] };
    expect(verifyOutputConfig(output, { crons: [job] })).toEqual([]);
    expect(verifyOutputConfig({ routes: [securityRoute], crons: [] }, { crons: [] })).toEqual([]);
  });

  it("fails when the shipped crons differ from vercel.json", () => {
    const problems = verifyOutputConfig({ routes: [securityRoute], crons: [] }, { crons: [job] });
    expect(problems).toEqual([
      expect.stringMatching(/^config\.json: crons \[\] differ/) as unknown,
    ]);
  });

  it("fails when a security header from next.config.ts did not reach the routes", () => {
    const { "X-Frame-Options": _dropped, ...headers } = securityRoute.headers;
    const problems = verifyOutputConfig({ routes: [{ ...securityRoute, headers }] }, {});
    expect(problems).toEqual([
      "config.json: no route sets x-frame-options (expected from apps/web/next.config.ts)",
    ]);
  });

  it("fails an output without routes", () => {
    expect(verifyOutputConfig({ version: 3 }, {})).toEqual(["config.json: no routes array"]);
  });
});
