import type { Database } from "@dishpatch/db";
import { findUserForSignIn, setPasswordHash } from "@dishpatch/db";

import { hashPassword, verifyAgainstNothing, verifyPassword } from "./password";

export type CredentialsResult =
  | {
      ok: true;
      user: {
        id: string;
        email: string;
        name: string | null;
        image: string | null;
        sessionVersion: number;
      };
    }
  | { ok: false; reason: "invalid" | "suspended" };

/**
 * Checks an email and password. An unknown email and a wrong password take the same time
 * and give the same answer; a suspended account is named only to its real owner.
 */
export async function verifyCredentials(
  db: Database,
  email: string,
  password: string,
): Promise<CredentialsResult> {
  const user = await findUserForSignIn(db, email);
  if (!user?.passwordHash) {
    await verifyAgainstNothing(password);
    return { ok: false, reason: "invalid" };
  }
  const result = await verifyPassword(password, user.passwordHash);
  if (!result.valid) return { ok: false, reason: "invalid" };
  if (user.status !== "active") return { ok: false, reason: "suspended" };
  if (result.needsRehash) {
    // Raise old hashes to today's cost while we hold the plain password.
    await setPasswordHash(db, {
      userId: user.id,
      passwordHash: await hashPassword(password),
      endSessions: false,
    });
  }
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      image: user.image,
      sessionVersion: user.sessionVersion,
    },
  };
}
