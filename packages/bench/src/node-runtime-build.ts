import { spawn } from "node:child_process";
import { cp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { repoRoot } from "@dishpatch/deploy-checks/paths";

import { benchEnv } from "./env";

const webDir = join(repoRoot, "apps", "web");
/** Git-ignored; at the same depth as apps/web, so the app's relative paths still resolve. */
export const nodeRuntimeAppDir = join(repoRoot, ".bench", "web-nodejs");

const trpcRoute = join("app", "api", "trpc", "[trpc]", "route.ts");
const edgeLine = 'export const runtime = "edge";';

/**
 * A second production build of the web app in which the tRPC route runs on the Node.js runtime
 * instead of the edge runtime — nothing else differs — so the bench can serve the same route
 * both ways side by side. The copy shares apps/web's node_modules; sources are never edited in
 * place.
 */
export async function buildNodeRuntimeApp(log: (line: string) => void): Promise<string> {
  await rm(nodeRuntimeAppDir, { recursive: true, force: true });
  await cp(webDir, nodeRuntimeAppDir, {
    recursive: true,
    filter: (source) =>
      !["node_modules", ".next", "test-results", ".turbo"].some(
        (skipped) => source === join(webDir, skipped),
      ),
  });
  await symlink(join(webDir, "node_modules"), join(nodeRuntimeAppDir, "node_modules"), "dir");

  const routeFile = join(nodeRuntimeAppDir, trpcRoute);
  const route = await readFile(routeFile, "utf8");
  // Fails loudly if the route stops declaring the edge runtime, rather than measuring two
  // identical builds.
  if (!route.includes(edgeLine)) throw new Error(`${trpcRoute} no longer says ${edgeLine}`);
  await writeFile(routeFile, route.replace(edgeLine, 'export const runtime = "nodejs";'));

  log(`  next build in ${nodeRuntimeAppDir} (tRPC route on "nodejs")…`);
  await runNextBuild(nodeRuntimeAppDir);
  await expectNodeRuntime(nodeRuntimeAppDir);
  return nodeRuntimeAppDir;
}

async function runNextBuild(dir: string) {
  const child = spawn(join(dir, "node_modules", ".bin", "next"), ["build"], {
    cwd: dir,
    env: { ...benchEnv.inherited, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`next build (nodejs runtime) failed:\n${output.slice(-3000)}`);
}

/** The build's own manifest must no longer list the tRPC route as an edge function. */
async function expectNodeRuntime(dir: string) {
  const manifest = JSON.parse(
    await readFile(join(dir, ".next", "server", "middleware-manifest.json"), "utf8"),
  ) as { functions?: Record<string, unknown> };
  if (Object.keys(manifest.functions ?? {}).some((name) => name.includes("/api/trpc/"))) {
    throw new Error("the nodejs build still lists /api/trpc as an edge function");
  }
}
