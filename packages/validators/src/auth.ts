import { z } from "zod";

import { isCommonPassword } from "./common-passwords";

/** Trimmed and lower-cased, so one person cannot hold two accounts by capitalisation. */
export const email = z
  .string()
  .trim()
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((value) => value.toLowerCase());

/** 8–128 characters and not one of the most common passwords. Never trimmed. */
export const password = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(128, "Use at most 128 characters")
  .refine((value) => !isCommonPassword(value), "This password is too common; choose another");

export const displayName = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(80, "Use at most 80 characters");

export const signUpInput = z.object({ name: displayName, email, password });
export type SignUpInput = z.input<typeof signUpInput>;

/** Sign-in checks only the shape: the policy applies when a password is chosen. */
export const signInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(128, "Use at most 128 characters"),
});
export type SignInInput = z.input<typeof signInInput>;

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(128),
    newPassword: password,
  })
  .refine((value) => value.currentPassword !== value.newPassword, {
    message: "Choose a password different from the current one",
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const updateProfileInput = z.object({ name: displayName });
export type UpdateProfileInput = z.input<typeof updateProfileInput>;
