/**
 * Every rate limit in one table. `onOutage` says what happens when the limiter's store is
 * unreachable: "closed" refuses (sign-in, sign-up, password change: abuse there is costly),
 * "open" lets the request through and logs a warning (reads and ordinary writes).
 */
export type Window = `${number} ${"s" | "m" | "h"}`;

export interface RateLimitPolicy {
  limit: number;
  window: Window;
  onOutage: "open" | "closed";
  /** Shown to people who hit it. */
  message: string;
}

export const rateLimitPolicies = {
  signInPerEmail: {
    limit: 5,
    window: "15 m",
    onOutage: "closed",
    message: "Too many sign-in attempts for this account. Try again later.",
  },
  signInPerIp: {
    limit: 30,
    window: "15 m",
    onOutage: "closed",
    message: "Too many sign-in attempts from your network. Try again later.",
  },
  signUpPerIp: {
    limit: 5,
    window: "1 h",
    onOutage: "closed",
    message: "Too many accounts created from your network. Try again later.",
  },
  passwordChangePerUser: {
    limit: 5,
    window: "15 m",
    onOutage: "closed",
    message: "Too many password attempts. Try again later.",
  },
  readPerIp: {
    limit: 600,
    window: "1 m",
    onOutage: "open",
    message: "Too many requests. Slow down and try again shortly.",
  },
  writePerActor: {
    limit: 60,
    window: "1 m",
    onOutage: "open",
    message: "Too many changes in a short time. Try again shortly.",
  },
  placeOrderPerUser: {
    limit: 10,
    window: "1 m",
    onOutage: "closed",
    message: "Too many orders in a short time. Try again in a minute.",
  },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof rateLimitPolicies;

export function windowMs(window: Window): number {
  const [amount, unit] = window.split(" ") as [string, "s" | "m" | "h"];
  return Number(amount) * { s: 1_000, m: 60_000, h: 3_600_000 }[unit];
}
