/**
 * Runs the real `vercel build` offline: the same CLI, builder (@vercel/next) and output the
 * deploy workflows use, with a locally written project link instead of `vercel pull`, and an
 * environment that carries no secrets.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { offlineBuildEnv } from "./env";
import { packageRoot, repoRoot } from "./paths";

/**
 * The Vercel project settings the deployment relies on; DEPLOYING.md tells you to set the
 * same in the dashboard. (Vercel refuses nodeVersion 20.x for new builds.)
 */
export const PROJECT_SETTINGS = {
  framework: "nextjs",
  rootDirectory: "apps/web",
  nodeVersion: "22.x",
} as const;

/** Marks `.vercel/project.json` as ours: never a link to a real project. */
export const OFFLINE_PROJECT_ID = "prj_dishpatch_offline_check";

const vercelDir = join(repoRoot, ".vercel");
export const outputDir = join(vercelDir, "output");
export const vercelJsonPath = join(repoRoot, "vercel.json");

/**
 * Refuses to touch a `.vercel/` folder linked to a real project (`vercel link` / `vercel pull`):
 * we would overwrite its project.json, and `vercel build` would load its `.env.*.local` secrets.
 */
export async function assertNoRealLink(): Promise<void> {
  if (!existsSync(vercelDir)) return;
  const projectFile = join(vercelDir, "project.json");
  if (existsSync(projectFile)) {
    const link = JSON.parse(await readFile(projectFile, "utf8")) as { projectId?: unknown };
    if (link.projectId !== OFFLINE_PROJECT_ID) {
      throw new Error(
        `.vercel/project.json links a real Vercel project (${String(link.projectId)}). ` +
          `Move .vercel/ away before running the offline check; it would be overwritten.`,
      );
    }
  }
  const envFiles = (await readdir(vercelDir)).filter((name) => name.startsWith(".env"));
  if (envFiles.length > 0) {
    throw new Error(
      `.vercel/ holds pulled environment files (${envFiles.join(", ")}); vercel build would load ` +
        `them. Delete them: the offline check must prove the build needs no secrets.`,
    );
  }
}

export async function writeOfflineProjectLink(): Promise<void> {
  await mkdir(vercelDir, { recursive: true });
  const link = { projectId: OFFLINE_PROJECT_ID, orgId: "team_dishpatch_offline_check" };
  await writeFile(
    join(vercelDir, "project.json"),
    JSON.stringify({ ...link, settings: PROJECT_SETTINGS }, null, 2) + "\n",
  );
}

/** Files Next.js would load into the build; the check should run without them. */
export function localEnvFiles(): string[] {
  const candidates = [".env", ".env.local", ".env.production", ".env.production.local"];
  return ["", "apps/web"]
    .flatMap((dir) => candidates.map((name) => join(dir, name)))
    .filter((path) => existsSync(join(repoRoot, path)));
}

/** Runs `vercel build`, streaming its log; resolves with the wall time in milliseconds. */
export function runVercelBuild(): Promise<number> {
  const vercel = join(packageRoot, "node_modules", ".bin", "vercel");
  const args = ["build", "--yes", "--local-config", vercelJsonPath];
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(vercel, args, { cwd: repoRoot, env: offlineBuildEnv(), stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolvePromise(performance.now() - started);
      else reject(new Error(`vercel build exited with ${signal ?? String(code)}`));
    });
  });
}
