/**
 * `pnpm check:deploy`: everything about the deployment that can be checked without a network.
 *   1. actionlint (+ pinning) on .github/workflows
 *   2. vercel.json: published Vercel schemas, our own rules, the deployment policy
 *   3. `vercel build` offline, with no secrets in its environment (skip with --skip-build)
 *   4. the build output: tRPC, Auth.js and cron functions on the edge, in the database's
 *      region, each under the size budget; crons and security headers in config.json
 * Exits 1 when anything is wrong, after running every part it can.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { droppedSecretNames } from "./env";
import {
  EDGE_BUDGET_BYTES,
  EDGE_PREFIXES,
  formatEdgeTable,
  kB,
  readBuiltFunctions,
  REQUIRED_ROUTES,
  verifyFunctions,
} from "./functions";
import { verifyOutputConfig } from "./output-config";
import { repoRoot } from "./paths";
import { checkDeploymentPolicy, checkVercelConfig } from "./vercel-config";
import {
  assertNoRealLink,
  localEnvFiles,
  outputDir,
  runVercelBuild,
  vercelJsonPath,
  writeOfflineProjectLink,
} from "./vercel-build";
import { formatWorkflowProblem, lintWorkflowDir } from "./workflows";

const skipBuild = process.argv.includes("--skip-build");
const failures: string[] = [];

function section(title: string) {
  console.log(`\n── ${title}`);
}
function report(part: string, problems: string[], okMessage: string) {
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  if (problems.length === 0) console.log(`  ✓ ${okMessage}`);
  else failures.push(`${part}: ${problems.length} problem(s)`);
}

section("1/4 GitHub Actions workflows (actionlint, pinned actions)");
const workflows = await lintWorkflowDir(join(repoRoot, ".github", "workflows"));
report(
  "workflows",
  workflows.problems.map(formatWorkflowProblem),
  `${workflows.files.join(", ")}: no problems`,
);

section("2/4 vercel.json");
let vercelJson: unknown = {};
try {
  vercelJson = JSON.parse(await readFile(vercelJsonPath, "utf8"));
} catch (error) {
  report("vercel.json", [`cannot read vercel.json: ${String(error)}`], "");
}
const shadowing = ["apps/web/vercel.json", "apps/web/vercel.ts"].filter((path) =>
  existsSync(join(repoRoot, path)),
);
report(
  "vercel.json",
  [
    ...[...checkVercelConfig(vercelJson), ...checkDeploymentPolicy(vercelJson)].map(
      (issue) => `${issue.path}: ${issue.message}`,
    ),
    ...shadowing.map((path) => `${path} exists; the root vercel.json must be the only one`),
  ],
  "valid, and follows the deployment policy",
);

section(`3/4 vercel build (offline${skipBuild ? ", skipped: --skip-build" : ""})`);
let buildMs: number | undefined;
if (!skipBuild) {
  try {
    await assertNoRealLink();
    await writeOfflineProjectLink();
    const envFiles = localEnvFiles();
    if (envFiles.length > 0) {
      console.log(`  ! ${envFiles.join(", ")} present: Next.js loads them; CI has none`);
    }
    const dropped = droppedSecretNames();
    if (dropped.length > 0) console.log(`  · not passed to the build: ${dropped.join(", ")}`);
    buildMs = await runVercelBuild();
    report("vercel build", [], `built in ${(buildMs / 1000).toFixed(1)} s`);
  } catch (error) {
    report("vercel build", [error instanceof Error ? error.message : String(error)], "");
  }
}

section("4/4 build output (.vercel/output)");
if (existsSync(join(outputDir, "functions"))) {
  const functions = await readBuiltFunctions(outputDir);
  const config = (vercelJson ?? {}) as { regions?: unknown; crons?: unknown };
  const regions = Array.isArray(config.regions) ? config.regions.map(String) : [];
  const cronPaths = Array.isArray(config.crons)
    ? config.crons.map((cron: { path?: unknown }) => String(cron.path))
    : [];
  console.log(formatEdgeTable(functions, EDGE_BUDGET_BYTES).replace(/^/gm, "  "));
  console.log(`  budget: ${kB(EDGE_BUDGET_BYTES)} gzipped per edge function (1 kB = 1000 bytes)`);
  const outputConfig: unknown = JSON.parse(await readFile(join(outputDir, "config.json"), "utf8"));
  report(
    "build output",
    [
      ...verifyFunctions(functions, {
        edgePrefixes: EDGE_PREFIXES,
        requiredRoutes: REQUIRED_ROUTES,
        cronPaths,
        regions,
        edgeBudgetBytes: EDGE_BUDGET_BYTES,
      }),
      ...verifyOutputConfig(outputConfig, vercelJson),
    ],
    `${functions.length} functions; API routes on the edge in ${regions.join(",")}, within budget`,
  );
} else {
  report("build output", ["no .vercel/output/functions: run without --skip-build first"], "");
}

console.log(
  failures.length === 0
    ? `\ndeploy-checks: all passed${buildMs === undefined ? "" : ` (vercel build ${(buildMs / 1000).toFixed(1)} s)`}`
    : `\ndeploy-checks FAILED: ${failures.join("; ")}`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
