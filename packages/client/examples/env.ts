/** The site the example talks to: `DISHPATCH_URL=https://… pnpm --filter @dishpatch/client example`. */
export const dishpatchUrl = process.env.DISHPATCH_URL ?? "http://localhost:3000";

/** How long the tour follows its order live: `FOLLOW_SECONDS=120 pnpm … example`. */
export const followSeconds = Number(process.env.FOLLOW_SECONDS ?? 30);
