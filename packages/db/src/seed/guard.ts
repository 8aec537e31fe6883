import { readDeploymentEnv } from "../env";

/** Demo data and its well-known passwords must never reach production. */
export function assertSeedAllowed() {
  const { deployment } = readDeploymentEnv();
  if (deployment === "production") {
    throw new Error("Refusing to seed: this is the production deployment (VERCEL_ENV=production).");
  }
}
