import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The monorepo root: the nearest ancestor holding pnpm-workspace.yaml. Starts from this file so
 * it works whatever directory pnpm runs the script in.
 */
export function findRepoRoot(start: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`No pnpm-workspace.yaml found above ${start}: is this the Dishpatch repo?`);
    }
  }
}

/** Where the persistent dev stack keeps its data (git-ignored). */
export function devstackDir(root: string = findRepoRoot()): string {
  return path.join(root, ".devstack");
}
