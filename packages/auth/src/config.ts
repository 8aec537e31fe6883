/**
 * Auth.js configuration: JWT sessions (no database read to authenticate on the edge), the
 * Drizzle adapter for OAuth users and accounts, Credentials always, GitHub when configured.
 * Built per request around that request's database handle.
 */
import type { Database } from "@dishpatch/db";
import type { NextAuthConfig } from "next-auth";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { accounts, users } from "@dishpatch/db/schema";
import { signInInput } from "@dishpatch/validators";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";

import { verifyCredentials } from "./credentials";
import { authEnv, githubEnabled } from "./env";
import { claimsFromToken, SESSION_MAX_AGE_SECONDS } from "./session";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    status?: "active" | "suspended";
  }
}

/** The code lands in the redirect URL (`?error=CredentialsSignin&code=…`): keep it vague. */
class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}
class AccountSuspended extends CredentialsSignin {
  override code = "account_suspended";
}

export function createAuthConfig(db: Database): NextAuthConfig {
  const adapter = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts });
  return {
    secret: authEnv.AUTH_SECRET,
    // Vercel and `next start` sit behind a proxy that sets the host; previews have many hosts.
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    adapter: {
      ...adapter,
      // Our users table stores emails lower-cased (a check constraint enforces it).
      createUser: (user) => {
        if (!adapter.createUser) throw new Error("Drizzle adapter cannot create users");
        return adapter.createUser({ ...user, email: user.email.toLowerCase() });
      },
    },
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: async (raw) => {
          const parsed = signInInput.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const result = await verifyCredentials(db, parsed.data.email, parsed.data.password);
          if (!result.ok) {
            throw result.reason === "suspended" ? new AccountSuspended() : new InvalidCredentials();
          }
          return result.user;
        },
      }),
      ...(githubEnabled
        ? [GitHub({ clientId: authEnv.AUTH_GITHUB_ID, clientSecret: authEnv.AUTH_GITHUB_SECRET })]
        : []),
    ],
    callbacks: {
      // OAuth users come from the adapter's row, which carries our status column.
      signIn: ({ user }) => user.status !== "suspended",
      jwt: ({ token, user, trigger }) => {
        // `user` exists only on the request that signs in (typed as always present).
        if ((trigger === "signIn" || trigger === "signUp") && user.id) {
          token.sub = user.id;
          token.sv = user.sessionVersion ?? 1;
        }
        return token;
      },
      session: ({ session, token }) => {
        const claims = claimsFromToken(token);
        if (claims) session.user.id = claims.userId;
        return session;
      },
    },
  };
}
