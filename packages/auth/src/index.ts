export { hashPassword, verifyPassword, DEFAULT_ITERATIONS, parsePasswordHash } from "./password";
export { verifyCredentials } from "./credentials";
export type { CredentialsResult } from "./credentials";
export {
  isSecureRequest,
  readSessionClaims,
  expiredSessionCookie,
  sessionCookie,
  sessionCookieName,
  SESSION_MAX_AGE_SECONDS,
} from "./session";
export type { SessionClaims } from "./session";
export { githubEnabled } from "./env";
