import type { Viewer } from "@dishpatch/db";
import { hashPassword, expiredSessionCookie, sessionCookie, verifyPassword } from "@dishpatch/auth";
import {
  bumpSessionVersion,
  getPasswordHash,
  insertUser,
  setPasswordHash,
  updateUserProfile,
} from "@dishpatch/db";
import { changePasswordInput, signUpInput, updateProfileInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { InvalidFields } from "../errors";
import { enforceRateLimit } from "../ratelimit";
import { protectedProcedure, publicProcedure, router } from "../trpc";
import { meOutput } from "../outputs";

/** What a client may know about the signed-in person. */
function publicViewer(viewer: Viewer) {
  return {
    id: viewer.id,
    email: viewer.email,
    name: viewer.name,
    image: viewer.image,
    role: viewer.role,
    hasPassword: viewer.hasPassword,
    memberships: viewer.memberships,
  };
}

export const authRouter = router({
  signUp: publicProcedure
    .meta({ summary: "Creates a customer account.", errors: ["CONFLICT"] })
    .input(signUpInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit({
        limiter: ctx.limiter,
        policy: "signUpPerIp",
        key: `ip:${ctx.clientIp}`,
        resHeaders: ctx.resHeaders,
      });
      const user = await insertUser(ctx.db, {
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
      });
      if (!user) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "An account with this email already exists. Sign in instead.",
        });
      }
      return user;
    }),

  /** The signed-in person with roles and memberships, or null (also for ended sessions). */
  me: publicProcedure
    .meta({
      summary: "The signed-in user, or null when signed out.",
      errors: [],
      openapi: { method: "GET", path: "/me", tags: ["account"], protect: false },
    })
    .output(meOutput)
    .query(async ({ ctx }) => {
      const resolved = await ctx.resolveViewer();
      return resolved.ok ? publicViewer(resolved.viewer) : null;
    }),

  updateProfile: protectedProcedure
    .meta({ summary: "Changes the caller's display name.", errors: ["NOT_FOUND"] })
    .input(updateProfileInput)
    .mutation(async ({ ctx, input }) => {
      const updated = await updateUserProfile(ctx.db, ctx.viewer.id, { name: input.name });
      if (!updated) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found." });
      return publicViewer({ ...ctx.viewer, name: updated.name });
    }),

  /**
   * Needs the current password. Ends every other session; this one gets a fresh cookie so
   * the person who changed it stays signed in here.
   */
  changePassword: protectedProcedure
    .meta({
      summary: "Changes the caller's password and ends other sessions.",
      errors: ["CONFLICT"],
    })
    .input(changePasswordInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit({
        limiter: ctx.limiter,
        policy: "passwordChangePerUser",
        key: `user:${ctx.viewer.id}`,
        resHeaders: ctx.resHeaders,
      });
      const stored = await getPasswordHash(ctx.db, ctx.viewer.id);
      if (!stored) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "This account signs in with GitHub and has no password to change.",
        });
      }
      if (!(await verifyPassword(input.currentPassword, stored)).valid) {
        const message = "The current password is not correct.";
        throw new TRPCError({
          code: "BAD_REQUEST",
          message,
          cause: new InvalidFields({ currentPassword: [message] }),
        });
      }
      const sessionVersion = await setPasswordHash(ctx.db, {
        userId: ctx.viewer.id,
        passwordHash: await hashPassword(input.newPassword),
        endSessions: true,
        expectedVersion: ctx.session.sessionVersion,
      });
      if (sessionVersion === null) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "Your session ended while changing the password. Please sign in again.",
        });
      }
      ctx.resHeaders.append(
        "set-cookie",
        await sessionCookie(
          { userId: ctx.viewer.id, sessionVersion, email: ctx.viewer.email, name: ctx.viewer.name },
          ctx.secureCookies,
        ),
      );
      return { ok: true as const };
    }),

  /** Ends every session of this account, this one included. */
  signOutEverywhere: protectedProcedure
    .meta({ summary: "Ends every session of the caller.", errors: [] })
    .mutation(async ({ ctx }) => {
      await bumpSessionVersion(ctx.db, ctx.viewer.id);
      ctx.resHeaders.append("set-cookie", expiredSessionCookie(ctx.secureCookies));
      return { ok: true as const };
    }),
});
