/**
 * Validates vercel.json. No npm package publishes Vercel's whole schema, so this combines
 * (1) the parts Vercel does publish: route, header, redirect and rewrite schemas and the route
 * compiler from @vercel/routing-utils, and the `functions` schema from @vercel/build-utils;
 * (2) our own checks for everything else: known keys, types, regions, crons;
 * (3) Dishpatch's deployment policy (how this repository must build and where it runs).
 * `vercel build` validates the file once more with the CLI's internal schema in CI.
 */
import type { ErrorObject } from "ajv";
import { getFunctionsSchema } from "@vercel/build-utils";
import {
  cleanUrlsSchema,
  getTransformedRoutes,
  headersSchema,
  redirectsSchema,
  rewritesSchema,
  routesSchema,
  trailingSlashSchema,
} from "@vercel/routing-utils";
import Ajv from "ajv";

import { cronScheduleProblem } from "./cron";

export interface ConfigIssue {
  /** Where in the file, e.g. `crons[0].path`; `(root)` for the whole file. */
  path: string;
  message: string;
}

/** Top-level keys Vercel documents for vercel.json today (legacy `builds`, `routes`… excluded). */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  "$schema",
  "buildCommand",
  "bunVersion",
  "cleanUrls",
  "crons",
  "devCommand",
  "fluid",
  "framework",
  "functionFailoverRegions",
  "functions",
  "git",
  "headers",
  "ignoreCommand",
  "images",
  "installCommand",
  "outputDirectory",
  "public",
  "redirects",
  "regions",
  "rewrites",
  "trailingSlash",
]);

const STRING_KEYS = [
  "$schema",
  "buildCommand",
  "bunVersion",
  "devCommand",
  "framework",
  "ignoreCommand",
  "installCommand",
  "outputDirectory",
] as const;
const BOOLEAN_KEYS = ["fluid", "public"] as const;

/** Vercel region ids are three letters and a digit: iad1, fra1, sin1 … */
export const REGION_ID = /^[a-z]{3}\d$/;
/** Cron jobs are edge route handlers under /api/cron/<job> (ARCHITECTURE.md, decision 9). */
export const CRON_PATH = /^\/api\/cron\/[a-z0-9][a-z0-9-]*$/;

/** Vercel's published limits for crons (path ≤ 512 characters, schedule 9–256). */
const cronsSchema = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["path", "schedule"],
    properties: {
      path: { type: "string", minLength: 1, maxLength: 512, pattern: "^/" },
      schedule: { type: "string", minLength: 9, maxLength: 256 },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, jsonPointers: true });
const schemaChecks = [
  ["headers", headersSchema],
  ["redirects", redirectsSchema],
  ["rewrites", rewritesSchema],
  ["routes", routesSchema],
  ["cleanUrls", cleanUrlsSchema],
  ["trailingSlash", trailingSlashSchema],
  ["functions", getFunctionsSchema()],
  ["crons", cronsSchema],
] as const;
const validators = schemaChecks.map(([key, schema]) => [key, ajv.compile(schema)] as const);

/** Everything wrong with a parsed vercel.json, as far as we can tell offline. */
export function checkVercelConfig(config: unknown): ConfigIssue[] {
  if (!isRecord(config)) return [{ path: "(root)", message: "must be a JSON object" }];
  const issues: ConfigIssue[] = [];
  for (const key of Object.keys(config)) {
    if (!KNOWN_KEYS.has(key)) {
      issues.push({ path: key, message: `unknown key (known: ${[...KNOWN_KEYS].join(", ")})` });
    }
  }
  for (const key of STRING_KEYS) {
    if (key in config && typeof config[key] !== "string") {
      issues.push({ path: key, message: "must be a string" });
    }
  }
  for (const key of BOOLEAN_KEYS) {
    if (key in config && typeof config[key] !== "boolean") {
      issues.push({ path: key, message: "must be true or false" });
    }
  }
  issues.push(...schemaIssues(config));
  if (!issues.some((issue) => ROUTING_KEYS.has(issue.path.split(/[[.]/)[0] ?? ""))) {
    issues.push(...routingIssues(config));
  }
  issues.push(...regionIssues(config.regions, "regions"));
  if ("functionFailoverRegions" in config) {
    issues.push(...regionIssues(config.functionFailoverRegions, "functionFailoverRegions"));
  }
  issues.push(...cronIssues(config.crons));
  return issues;
}

const ROUTING_KEYS: ReadonlySet<string> = new Set([
  "headers",
  "redirects",
  "rewrites",
  "routes",
  "cleanUrls",
  "trailingSlash",
]);

function schemaIssues(config: Record<string, unknown>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [key, validate] of validators) {
    if (!(key in config)) continue;
    if (validate(config[key])) continue;
    for (const error of validate.errors ?? []) {
      issues.push({ path: key + pointerToPath(error.dataPath), message: describe(error) });
    }
  }
  return issues;
}

/** Compiles headers/redirects/rewrites the way Vercel does: catches bad source patterns. */
function routingIssues(config: Record<string, unknown>): ConfigIssue[] {
  const routing: Record<string, unknown> = {};
  for (const key of ROUTING_KEYS) if (key in config) routing[key] = config[key];
  if (Object.keys(routing).length === 0) return [];
  const { error } = getTransformedRoutes(routing);
  if (!error) return [];
  const messages = error.errors && error.errors.length > 0 ? error.errors : [error.message];
  return messages.map((message) => ({ path: error.code, message }));
}

function regionIssues(value: unknown, key: string): ConfigIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) {
    return [{ path: key, message: "must be a non-empty array of region ids such as iad1" }];
  }
  const issues: ConfigIssue[] = [];
  const seen = new Set<unknown>();
  for (const [index, region] of value.entries()) {
    if (typeof region !== "string" || !REGION_ID.test(region)) {
      issues.push({
        path: `${key}[${index}]`,
        message: `${JSON.stringify(region)} is not a Vercel region id (three letters and a digit, e.g. iad1)`,
      });
    }
    if (seen.has(region)) {
      issues.push({ path: `${key}[${index}]`, message: `${String(region)} is listed twice` });
    }
    seen.add(region);
  }
  return issues;
}

function cronIssues(value: unknown): ConfigIssue[] {
  if (!Array.isArray(value)) return [];
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const [index, cron] of value.entries()) {
    if (!isRecord(cron)) continue;
    const { path, schedule } = cron;
    if (typeof path === "string" && !CRON_PATH.test(path)) {
      issues.push({
        path: `crons[${index}].path`,
        message: `"${path}" must be /api/cron/<job> (lower-case letters, digits, dashes)`,
      });
    }
    if (typeof schedule === "string") {
      const problem = cronScheduleProblem(schedule);
      if (problem) issues.push({ path: `crons[${index}].schedule`, message: problem });
    }
    const identity = `${String(path)} ${String(schedule)}`;
    if (seen.has(identity)) {
      issues.push({ path: `crons[${index}]`, message: "the same path and schedule twice" });
    }
    seen.add(identity);
  }
  return issues;
}

/** Headers the app sets itself (next.config.ts, proxy.ts); vercel.json must not fight them. */
export const APP_OWNED_HEADERS: ReadonlySet<string> = new Set([
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
]);

/** How this repository must deploy, beyond what makes a vercel.json valid. */
export function checkDeploymentPolicy(config: unknown): ConfigIssue[] {
  if (!isRecord(config)) return [];
  const issues: ConfigIssue[] = [];
  const expect = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ path, message });
  };
  const text = (key: string) => (typeof config[key] === "string" ? config[key] : "");
  expect(config.framework === "nextjs", "framework", 'must be "nextjs"');
  expect(
    /\bturbo run build\b/.test(text("buildCommand")) &&
      /--filter[= ]@dishpatch\/web\b/.test(text("buildCommand")),
    "buildCommand",
    "must build through turbo, filtered to @dishpatch/web and what it depends on",
  );
  expect(
    /\bpnpm install\b/.test(text("installCommand")) &&
      text("installCommand").includes("--frozen-lockfile"),
    "installCommand",
    "must be pnpm install --frozen-lockfile",
  );
  expect(
    text("ignoreCommand").includes("turbo-ignore"),
    "ignoreCommand",
    "must skip builds with turbo-ignore when nothing the web app depends on changed",
  );
  expect(
    Array.isArray(config.regions) && config.regions.length === 1,
    "regions",
    "must name exactly one region: the one next to the Neon database",
  );
  expect(
    Array.isArray(config.crons),
    "crons",
    "must be present (an empty list until the first /api/cron/<job> exists)",
  );
  if (Array.isArray(config.headers)) {
    for (const [index, rule] of config.headers.entries()) {
      const headers = isRecord(rule) && Array.isArray(rule.headers) ? rule.headers : [];
      for (const header of headers) {
        const key = isRecord(header) && typeof header.key === "string" ? header.key : "";
        expect(
          !APP_OWNED_HEADERS.has(key.toLowerCase()),
          `headers[${index}]`,
          `${key} is set by the app (apps/web/next.config.ts, proxy.ts); setting it here too makes two sources of truth`,
        );
      }
    }
  }
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `/0/source` → `[0].source` */
function pointerToPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, "/")}`))
    .join("");
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties") {
    return `unknown property "${String(params.additionalProperty)}"`;
  }
  return error.message ?? error.keyword;
}
