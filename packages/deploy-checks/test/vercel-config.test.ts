import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { cronScheduleProblem } from "../src/cron";
import { repoRoot } from "../src/paths";
import { checkDeploymentPolicy, checkVercelConfig } from "../src/vercel-config";

const repoConfig = JSON.parse(readFileSync(join(repoRoot, "vercel.json"), "utf8")) as Record<
  string,
  unknown
>;

/** The repository's vercel.json with some keys changed. */
function withChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...repoConfig, ...changes };
}

const paths = (config: unknown) => checkVercelConfig(config).map((issue) => issue.path);

describe("the repository's vercel.json", () => {
  it("is valid", () => {
    expect(checkVercelConfig(repoConfig)).toEqual([]);
  });

  it("follows the deployment policy", () => {
    expect(checkDeploymentPolicy(repoConfig)).toEqual([]);
  });

  it("schedules its cron jobs at /api/cron/<job>", () => {
    expect(Array.isArray(repoConfig.crons)).toBe(true);
    expect(repoConfig.crons).not.toHaveLength(0);
  });
});

describe("checkVercelConfig rejects", () => {
  it("anything but an object", () => {
    expect(paths([])).toEqual(["(root)"]);
    expect(paths("nextjs")).toEqual(["(root)"]);
  });

  it("unknown keys, including legacy ones and typos", () => {
    expect(paths(withChanges({ region: ["iad1"] }))).toEqual(["region"]);
    expect(paths(withChanges({ builds: [] }))).toEqual(["builds"]);
  });

  it("wrongly typed settings", () => {
    expect(paths(withChanges({ buildCommand: ["turbo"] }))).toEqual(["buildCommand"]);
    expect(paths(withChanges({ public: "yes" }))).toEqual(["public"]);
  });

  it("regions that are not Vercel region ids, empty or repeated", () => {
    expect(paths(withChanges({ regions: ["us-east-1"] }))).toEqual(["regions[0]"]);
    expect(paths(withChanges({ regions: ["IAD1"] }))).toEqual(["regions[0]"]);
    expect(paths(withChanges({ regions: [] }))).toEqual(["regions"]);
    expect(paths(withChanges({ regions: "iad1" }))).toEqual(["regions"]);
    expect(paths(withChanges({ regions: ["iad1", "iad1"] }))).toEqual(["regions[1]"]);
  });

  it("crons outside /api/cron/, with bad schedules, or malformed", () => {
    const cron = (path: string, schedule: string) => withChanges({ crons: [{ path, schedule }] });
    expect(paths(cron("/api/cron/expire-orders", "*/5 * * * *"))).toEqual([]);
    expect(paths(cron("/api/expire-orders", "*/5 * * * *"))).toEqual(["crons[0].path"]);
    expect(paths(cron("/api/cron/Expire_Orders", "*/5 * * * *"))).toEqual(["crons[0].path"]);
    expect(paths(cron("/api/cron/expire-orders", "*/5 * * *"))).toContain("crons[0].schedule");
    expect(paths(cron("/api/cron/expire-orders", "0 0 * * MON"))).toEqual(["crons[0].schedule"]);
    expect(paths(withChanges({ crons: [{ path: "/api/cron/x" }] }))).toEqual(["crons[0]"]);
    expect(
      paths(withChanges({ crons: [{ path: "/api/cron/x", schedule: "0 * * * *", tz: "UTC" }] })),
    ).toEqual(["crons[0]"]);
    expect(paths(withChanges({ crons: {} }))).toEqual(["crons"]);
  });

  it("the same cron twice", () => {
    const job = { path: "/api/cron/expire-orders", schedule: "*/5 * * * *" };
    expect(paths(withChanges({ crons: [job, job] }))).toEqual(["crons[1]"]);
  });

  it("headers that break Vercel's published schema", () => {
    const issues = checkVercelConfig(withChanges({ headers: [{ source: "/(.*)" }] }));
    expect(issues.map((issue) => issue.path)).toEqual(["headers[0]"]);
    expect(issues[0]?.message).toMatch(/headers/);
    expect(paths(withChanges({ headers: [{ source: 1, headers: [] }] }))).toContain(
      "headers[0].source",
    );
  });

  it("header sources Vercel cannot compile", () => {
    const config = withChanges({
      headers: [{ source: "/((", headers: [{ key: "x-a", value: "b" }] }],
    });
    expect(checkVercelConfig(config)).toEqual([
      { path: "invalid_header", message: expect.stringContaining("/((") as unknown },
    ]);
  });

  it("rewrites, redirects and functions that break the published schemas", () => {
    expect(paths(withChanges({ rewrites: [{ source: "/a" }] }))).toEqual(["rewrites[0]"]);
    expect(paths(withChanges({ redirects: [{ destination: "/b" }] }))).toEqual(["redirects[0]"]);
    expect(paths(withChanges({ functions: { "app/api/**/*.ts": { memory: 100_000 } } }))).toEqual([
      "functions.app/api/**/*.ts.memory",
    ]);
    expect(paths(withChanges({ functions: { "app/**": { runtime: 1 } } })).length).toBe(1);
  });
});

describe("checkDeploymentPolicy rejects", () => {
  const policy = (changes: Record<string, unknown>) =>
    checkDeploymentPolicy(withChanges(changes)).map((issue) => issue.path);

  it("another framework, a build outside turbo, or a build of everything", () => {
    expect(policy({ framework: "vite" })).toEqual(["framework"]);
    expect(policy({ buildCommand: "next build" })).toEqual(["buildCommand"]);
    expect(policy({ buildCommand: "turbo run build" })).toEqual(["buildCommand"]);
  });

  it("an install that may change the lockfile", () => {
    expect(policy({ installCommand: "pnpm install" })).toEqual(["installCommand"]);
  });

  it("no ignored-build step", () => {
    const { ignoreCommand: _dropped, ...rest } = repoConfig;
    expect(checkDeploymentPolicy(rest).map((issue) => issue.path)).toEqual(["ignoreCommand"]);
  });

  it("functions spread over several regions, or none", () => {
    expect(policy({ regions: ["iad1", "fra1"] })).toEqual(["regions"]);
    expect(policy({ regions: undefined })).toEqual(["regions"]);
  });

  it("security headers duplicated from the app", () => {
    const headers = [
      { source: "/(.*)", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      { source: "/(.*)", headers: [{ key: "x-robots-tag", value: "noindex" }] },
    ];
    expect(policy({ headers })).toEqual(["headers[0]"]);
  });
});

describe("cronScheduleProblem", () => {
  it.each(["* * * * *", "*/15 * * * *", "0 3 * * 1-5", "5,35 0-6/2 1 1,6 0"])(
    "accepts %s",
    (schedule) => {
      expect(cronScheduleProblem(schedule)).toBeNull();
    },
  );

  it.each([
    ["* * * *", /5 fields/],
    ["60 * * * *", /minute.*outside 0-59/],
    ["* 24 * * *", /hour/],
    ["* * 0 * *", /day of month/],
    ["* * * 13 *", /month/],
    ["* * * * 7", /day of week/],
    ["* * * JAN *", /not a number/],
    ["*/0 * * * *", /positive/],
    ["5-1 * * * *", /backwards/],
    ["1-2-3 * * * *", /not a range/],
    ["*/5/2 * * * *", /more than one step/],
  ])("rejects %s", (schedule, reason) => {
    expect(cronScheduleProblem(schedule)).toMatch(reason);
  });
});
