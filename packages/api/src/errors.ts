import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { z } from "zod";

import type { CartProblem } from "./domain";
import { RetryAfter } from "./ratelimit/enforce";

export const INTERNAL_ERROR_MESSAGE = "Something went wrong";

/** Field errors for inputs that failed their zod schema, keyed by field path ("a.b"). */
export type FieldErrors = Record<string, string[]>;

/**
 * A cause for input that passed its schema but failed a check against data (wrong password).
 * A refused cart also carries its problems (stable codes clients can switch on).
 */
export class InvalidFields extends Error {
  constructor(
    readonly fields: FieldErrors,
    readonly cartProblems: readonly CartProblem[] | null = null,
  ) {
    super(`invalid fields: ${Object.keys(fields).join(", ")}`);
  }
}

export function fieldErrorsOf(error: TRPCError): FieldErrors | null {
  if (error.cause instanceof InvalidFields) return error.cause.fields;
  if (!(error.cause instanceof z.ZodError)) return null;
  const fields: FieldErrors = {};
  for (const issue of error.cause.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function inputErrorMessage(fields: FieldErrors): string {
  const names = Object.keys(fields).filter((k) => k !== "_");
  return names.length > 0 ? `Invalid input: check ${names.join(", ")}` : "Invalid input";
}

/**
 * The error every client sees: zod field errors for bad input, a request id to quote to
 * support, and in production nothing of a bug's message, stack or SQL.
 */
export function shapeError(opts: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
  requestId: string | null;
  isProduction: boolean;
}) {
  const { shape, error, requestId, isProduction } = opts;
  const fieldErrors = fieldErrorsOf(error);
  const hideInternals = isProduction && error.code === "INTERNAL_SERVER_ERROR";
  const message = hideInternals
    ? `${INTERNAL_ERROR_MESSAGE} (request ${requestId ?? "unknown"})`
    : fieldErrors && error.cause instanceof z.ZodError
      ? inputErrorMessage(fieldErrors)
      : shape.message;
  const { stack, ...data } = shape.data;
  return {
    ...shape,
    message,
    data: {
      ...data,
      ...(isProduction ? {} : { stack }),
      requestId,
      fieldErrors,
      retryAfterSeconds: error.cause instanceof RetryAfter ? error.cause.seconds : null,
      cartProblems: error.cause instanceof InvalidFields ? error.cause.cartProblems : null,
    },
  };
}
