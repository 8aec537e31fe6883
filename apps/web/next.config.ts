import type { NextConfig } from "next";
import { readFileSync } from "node:fs";

import { apiContentSecurityPolicy, staticSecurityHeaders } from "./src/security-headers";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};
const commit = process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7);

const config: NextConfig = {
  // Internal packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: [
    "@dishpatch/api",
    "@dishpatch/auth",
    "@dishpatch/db",
    "@dishpatch/ui",
    "@dishpatch/validators",
  ],
  reactStrictMode: true,
  poweredByHeader: false,
  // Inlined at build time, so edge functions know their version without reading files.
  env: { APP_VERSION: commit ? `${pkg.version}+${commit}` : pkg.version },
  headers: () =>
    Promise.resolve([
      { source: "/:path*", headers: staticSecurityHeaders },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }],
      },
    ]),
};

export default config;
