/** The site the example talks to: `DISHPATCH_URL=https://… pnpm --filter @dishpatch/client example`. */
export const dishpatchUrl = process.env.DISHPATCH_URL ?? "http://localhost:3000";
