import { fileURLToPath } from "node:url";

/** The monorepo root (this file lives in packages/deploy-checks/src). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
/** This package's folder, where its pinned CLIs (vercel) are installed. */
export const packageRoot = fileURLToPath(new URL("../", import.meta.url));
