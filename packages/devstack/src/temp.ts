import { rmSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * A fresh directory under the OS temp dir. Mode 0755 because postgres runs as the `postgres` OS
 * user when we are root and must be able to reach the data dir inside it (mkdtemp creates 0700).
 */
export async function makeTempRoot(prefix: string, parent: string = os.tmpdir()): Promise<string> {
  await fs.mkdir(parent, { recursive: true });
  const dir = await fs.mkdtemp(path.join(parent, prefix));
  await fs.chmod(dir, 0o755);
  return dir;
}

export function removeDirSync(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Best effort (used from the process exit hook).
  }
}
