/** Every procedure of the router, from the same generator as the API reference. */
import type { AccessRule } from "../../src";
import type { ProcedureReference } from "../../src/reference";
import type { Role } from "./world";
import { appRouter } from "../../src";
import { buildApiReference } from "../../src/reference";

export const procedures: ProcedureReference[] = buildApiReference(appRouter);

export type Expectation = "allow" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

const membersOfX: Record<"restaurant:staff" | "restaurant:owner", readonly Role[]> = {
  "restaurant:staff": ["staffX", "ownerX"],
  "restaurant:owner": ["ownerX"],
};

/**
 * What `role` must get from a procedure with this access rule, called about restaurant X
 * or about a resource of `audience` (PRODUCT.md: UNAUTHORIZED when signed out, FORBIDDEN
 * when not allowed, NOT_FOUND when the caller may not know the thing exists).
 */
export function expectationFor(
  access: AccessRule,
  role: Role,
  audience?: readonly Role[],
): Expectation {
  if (access === "public") return "allow";
  if (role === "anonymous") return "UNAUTHORIZED";
  if (access === "admin") return role === "admin" ? "allow" : "FORBIDDEN";
  if (access === "user") return !audience || audience.includes(role) ? "allow" : "NOT_FOUND";
  return membersOfX[access].includes(role) ? "allow" : "FORBIDDEN";
}
