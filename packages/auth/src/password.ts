/**
 * Password hashing with PBKDF2-HMAC-SHA256 through Web Crypto (edge-safe).
 * Stored as `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64), so the cost can be raised
 * later: a hash below the current cost verifies and reports `needsRehash`.
 */
import { fromBase64, toBase64 } from "./base64";

const SCHEME = "pbkdf2-sha256";
/** OWASP's 2023+ recommendation for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PasswordHashParams {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  hash: Uint8Array<ArrayBuffer>;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(password),
    "PBKDF2",
    false,
    ["deriveBits"],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

export async function hashPassword(
  password: string,
  iterations: number = DEFAULT_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return [SCHEME, String(iterations), toBase64(salt), toBase64(hash)].join("$");
}

export function parsePasswordHash(stored: string): PasswordHashParams | null {
  const [scheme, iterations, salt, hash, ...rest] = stored.split("$");
  if (scheme !== SCHEME || !iterations || !salt || !hash || rest.length > 0) return null;
  const count = Number(iterations);
  if (!Number.isSafeInteger(count) || count < 1) return null;
  try {
    return { iterations: count, salt: fromBase64(salt), hash: fromBase64(hash) };
  } catch {
    return null;
  }
}

/** Compares every byte whatever the first difference, so timing reveals nothing. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export interface VerifyResult {
  valid: boolean;
  /** The hash used fewer iterations than today's default: store a fresh one. */
  needsRehash: boolean;
}

export async function verifyPassword(password: string, stored: string): Promise<VerifyResult> {
  const params = parsePasswordHash(stored);
  if (!params) return { valid: false, needsRehash: false };
  const candidate = await derive(password, params.salt, params.iterations);
  const valid = constantTimeEqual(candidate, params.hash);
  return { valid, needsRehash: valid && params.iterations < DEFAULT_ITERATIONS };
}

/**
 * A well-formed hash of a random secret nobody knows, at today's cost. Verifying against it
 * costs the same as verifying a real password.
 */
const DUMMY_HASH =
  "pbkdf2-sha256$600000$+RtFjyoyUXhzV0bKnurK+A==$e0ViCdine4pOHiRJnW6k2tNRTZRDtBSaRAYxewQZXOU=";

/**
 * Spends the same time as a real verification when no account (or no password) exists, so
 * sign-in answers an unknown email and a wrong password alike.
 */
export async function verifyAgainstNothing(password: string): Promise<VerifyResult> {
  await verifyPassword(password, DUMMY_HASH);
  return { valid: false, needsRehash: false };
}
