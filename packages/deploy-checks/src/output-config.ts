/**
 * Checks `.vercel/output/config.json`, the routing table a prebuilt deployment ships: the crons
 * Vercel will schedule must be exactly vercel.json's, and the security headers the app declares
 * in next.config.ts must have made it into the routes (vercel.json deliberately sets none).
 */

/** Headers next.config.ts sets on every response; each must appear in the output routes. */
export const REQUIRED_RESPONSE_HEADERS = [
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
] as const;

export function verifyOutputConfig(output: unknown, vercelJson: unknown): string[] {
  const problems: string[] = [];
  const routes = field(output, "routes");
  if (!Array.isArray(routes)) return ["config.json: no routes array"];

  const declared = JSON.stringify(normalizeCrons(field(vercelJson, "crons")));
  const shipped = JSON.stringify(normalizeCrons(field(output, "crons")));
  if (declared !== shipped) {
    problems.push(`config.json: crons ${shipped} differ from vercel.json ${declared}`);
  }

  const headerNames = new Set<string>();
  for (const route of routes) {
    const headers = field(route, "headers");
    if (typeof headers === "object" && headers !== null) {
      for (const name of Object.keys(headers)) headerNames.add(name.toLowerCase());
    }
  }
  for (const name of REQUIRED_RESPONSE_HEADERS) {
    if (!headerNames.has(name)) {
      problems.push(`config.json: no route sets ${name} (expected from apps/web/next.config.ts)`);
    }
  }
  return problems;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function normalizeCrons(crons: unknown): { path: string; schedule: string }[] {
  if (!Array.isArray(crons)) return [];
  return crons
    .map((cron) => ({
      path: String(field(cron, "path")),
      schedule: String(field(cron, "schedule")),
    }))
    .sort((a, b) => `${a.path} ${a.schedule}`.localeCompare(`${b.path} ${b.schedule}`));
}
