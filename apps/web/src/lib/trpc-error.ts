import { TRPCError } from "@trpc/server";

/** True when a server-side procedure call failed with one of these tRPC codes. */
export function isTRPCErrorWithCode(error: unknown, ...codes: TRPCError["code"][]): boolean {
  return error instanceof TRPCError && codes.includes(error.code);
}
