/**
 * Reads the functions `vercel build` wrote to .vercel/output/functions (the Build Output API:
 * one `<route>.func` folder per function with a `.vc-config.json`, and symlinked aliases such as
 * `<route>.rsc.func`) and checks them: API routes on the edge runtime, pinned to the database's
 * region, each within the size budget.
 */
import { lstat, readdir, readFile, readlink } from "node:fs/promises";
import { join, posix, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

export interface FunctionFile {
  /** Relative to the function folder. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface BuiltFunction {
  /** Route without `.func`, e.g. `api/trpc/[trpc]`. */
  route: string;
  runtime: string;
  regions: string[] | undefined;
  /** Code and assets the function ships, without source maps and `.vc-config.json`. */
  files: FunctionFile[];
  /** Sum of each file's gzip size: what counts against the budget. */
  gzipBytes: number;
  /** Source maps, reported on their own: Vercel does not count them as function code. */
  sourceMapGzipBytes: number;
  /** Other routes served by this function (symlinked folders). */
  aliases: string[];
}

/** Lists every function folder under `<outputDir>/functions`. */
export async function readBuiltFunctions(outputDir: string): Promise<BuiltFunction[]> {
  const functionsDir = join(outputDir, "functions");
  const folders: string[] = [];
  const links: { route: string; target: string }[] = [];
  await walk(functionsDir, async (path, isLink) => {
    const route = toRoute(functionsDir, path);
    if (isLink) {
      const target = resolve(join(path, ".."), await readlink(path));
      links.push({ route, target: toRoute(functionsDir, target) });
    } else {
      folders.push(path);
    }
  });
  const functions = await Promise.all(folders.map((folder) => readFunction(functionsDir, folder)));
  for (const link of links) {
    functions.find((fn) => fn.route === link.target)?.aliases.push(link.route);
  }
  return functions.sort((a, b) => a.route.localeCompare(b.route));
}

async function walk(dir: string, onFunction: (path: string, isLink: boolean) => Promise<void>) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name.endsWith(".func")) {
      await onFunction(path, entry.isSymbolicLink());
    } else if (entry.isDirectory()) {
      await walk(path, onFunction);
    }
  }
}

function toRoute(functionsDir: string, folder: string): string {
  return relative(functionsDir, folder)
    .split(sep)
    .join(posix.sep)
    .replace(/\.func$/, "");
}

async function readFunction(functionsDir: string, folder: string): Promise<BuiltFunction> {
  const config = JSON.parse(await readFile(join(folder, ".vc-config.json"), "utf8")) as {
    runtime?: unknown;
    regions?: unknown;
  };
  const files: FunctionFile[] = [];
  let sourceMapGzipBytes = 0;
  for (const path of await listFiles(folder)) {
    const name = relative(folder, path).split(sep).join(posix.sep);
    if (name === ".vc-config.json") continue;
    const content = await readFile(path);
    const gzipBytes = (await gzipAsync(content, { level: 9 })).length;
    if (name.endsWith(".map")) {
      sourceMapGzipBytes += gzipBytes;
    } else {
      files.push({ path: name, bytes: content.length, gzipBytes });
    }
  }
  return {
    route: toRoute(functionsDir, folder),
    runtime: typeof config.runtime === "string" ? config.runtime : "(none)",
    regions: Array.isArray(config.regions) ? config.regions.map(String) : undefined,
    files,
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    sourceMapGzipBytes,
    aliases: [],
  };
}

/** Regular files under `dir`, following no links (Node functions link into node_modules). */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
    else if (entry.isSymbolicLink() && (await lstat(path)).isFile()) out.push(path);
  }
  return out;
}

export interface FunctionRules {
  /** Routes under these prefixes must run on the edge runtime (tRPC, Auth.js, cron). */
  edgePrefixes: readonly string[];
  /** Routes that must exist at all (a renamed route must not pass silently). */
  requiredRoutes: readonly string[];
  /** `crons[].path` from vercel.json: each needs an edge function that serves it. */
  cronPaths: readonly string[];
  /** vercel.json `regions`: edge API functions must be pinned to exactly these. */
  regions: readonly string[];
  /** Gzipped size budget per edge function, in bytes. */
  edgeBudgetBytes: number;
}

export const EDGE_PREFIXES = ["api/trpc/", "api/auth/", "api/cron/", "api/v1/"] as const;
export const REQUIRED_ROUTES = ["api/trpc/[trpc]", "api/auth/[...nextauth]"] as const;
/** ARCHITECTURE.md budgets: an edge function with all its files, gzip, ≤ 350 kB. */
export const EDGE_BUDGET_BYTES = 350_000;

/** Everything wrong with the built functions under `rules`; empty when all is well. */
export function verifyFunctions(functions: BuiltFunction[], rules: FunctionRules): string[] {
  const problems: string[] = [];
  const byRoute = new Map<string, BuiltFunction>();
  for (const fn of functions) {
    byRoute.set(fn.route, fn);
    for (const alias of fn.aliases) byRoute.set(alias, fn);
  }
  for (const route of rules.requiredRoutes) {
    if (!byRoute.has(route)) problems.push(`${route}: no such function in the build output`);
  }
  for (const path of rules.cronPaths) {
    const served = [...byRoute.keys()].some((route) => routeMatches(route, path));
    if (!served) problems.push(`cron ${path}: no function serves this path`);
  }
  for (const fn of functions) {
    if (!rules.edgePrefixes.some((prefix) => fn.route.startsWith(prefix))) continue;
    if (fn.runtime !== "edge") {
      problems.push(`${fn.route}: runtime is "${fn.runtime}", must be "edge"`);
      continue;
    }
    if (!sameRegions(fn.regions, rules.regions)) {
      problems.push(
        `${fn.route}: regions ${JSON.stringify(fn.regions ?? "global")} differ from vercel.json ` +
          `${JSON.stringify(rules.regions)}; set \`export const preferredRegion\` in its route file`,
      );
    }
  }
  for (const fn of functions) {
    if (fn.runtime === "edge" && fn.gzipBytes > rules.edgeBudgetBytes) {
      problems.push(
        `${fn.route}: ${kB(fn.gzipBytes)} gzipped exceeds the ${kB(rules.edgeBudgetBytes)} budget`,
      );
    }
  }
  return problems;
}

function sameRegions(actual: readonly string[] | undefined, expected: readonly string[]) {
  if (!actual) return false;
  return [...actual].sort().join(",") === [...expected].sort().join(",");
}

/**
 * Whether a function route (`api/cron/[job]`) serves a URL path (`/api/cron/expire-orders`):
 * `[x]` matches one segment, `[...x]` one or more, `[[...x]]` zero or more.
 */
export function routeMatches(route: string, urlPath: string): boolean {
  const pattern = route.split("/").filter(Boolean);
  const path = urlPath.split("/").filter(Boolean);
  const match = (i: number, j: number): boolean => {
    const segment = pattern[i];
    if (segment === undefined) return j === path.length;
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) return i === pattern.length - 1;
    if (/^\[\.\.\..+\]$/.test(segment)) return i === pattern.length - 1 && j < path.length;
    if (j >= path.length) return false;
    if (/^\[.+\]$/.test(segment) || segment === path[j]) return match(i + 1, j + 1);
    return false;
  };
  return match(0, 0);
}

/** 1 kB = 1000 bytes, one decimal. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A plain-text table of every edge function: size, budget use, regions, biggest file. */
export function formatEdgeTable(functions: BuiltFunction[], budgetBytes: number): string {
  const rows = functions
    .filter((fn) => fn.runtime === "edge")
    .map((fn) => {
      const biggest = [...fn.files].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
      return [
        fn.route,
        kB(fn.gzipBytes),
        `${Math.round((fn.gzipBytes / budgetBytes) * 100)}%`,
        String(fn.files.length),
        kB(fn.files.reduce((sum, file) => sum + file.bytes, 0)),
        kB(fn.sourceMapGzipBytes),
        (fn.regions ?? ["global"]).join(","),
        biggest ? biggest.path : "-",
      ];
    });
  const header = [
    "edge function",
    "gzip",
    "of budget",
    "files",
    "raw",
    "maps (gzip, not counted)",
    "regions",
    "largest file",
  ];
  const table = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
