import { z } from "zod";

import type { AppRouter } from "./root";
import type { ProcedureMeta } from "./trpc";

export type ProcedureKind = "query" | "mutation" | "subscription";

/** What the reference and the REST adapter read of a procedure's internals (`_def`). */
export interface ProcedureDefinition {
  type: ProcedureKind;
  meta?: ProcedureMeta;
  inputs: z.ZodType[];
}

/** Every procedure of the router with the parts of its definition we read. */
export function listProcedures(
  router: AppRouter,
): { path: string; definition: ProcedureDefinition }[] {
  // At runtime `_def.procedures` is flat ("order.byId" → procedure), whatever its type says.
  return Object.entries(router._def.procedures).map(([path, procedure]: [string, unknown]) => {
    if (!isProcedure(procedure)) throw new Error(`${path} is not a procedure`);
    return { path, definition: procedure._def };
  });
}

function isProcedure(value: unknown): value is { _def: ProcedureDefinition } {
  if (typeof value !== "function" && typeof value !== "object") return false;
  if (value === null || !("_def" in value)) return false;
  const def: unknown = value._def;
  return (
    typeof def === "object" &&
    def !== null &&
    "type" in def &&
    (def.type === "query" || def.type === "mutation" || def.type === "subscription") &&
    "inputs" in def &&
    Array.isArray(def.inputs) &&
    def.inputs.every((input) => input instanceof z.ZodType)
  );
}
