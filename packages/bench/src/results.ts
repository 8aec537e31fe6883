import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** Raw details behind the figures (Lighthouse reports, script sizes), git-ignored. */
export const resultsDir = fileURLToPath(new URL("../results/", import.meta.url));

export async function saveResult(name: string, data: unknown) {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(`${resultsDir}${name}`, JSON.stringify(data, null, 2));
}
