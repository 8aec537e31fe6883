import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

import type { ProcedureDefinition, ProcedureKind } from "../procedure-list";
import type { AppRouter } from "../root";
import type { AccessRule } from "../trpc";
import type { JsonSchema } from "./input-schema";
import { errorsOf } from "./errors";
import { publicExamples } from "./examples";
import { listProcedures } from "../procedure-list";
import { inputJsonSchema } from "./input-schema";

export interface ProcedureReference {
  /** e.g. "order.byId" */
  path: string;
  /** The top-level router, e.g. "order". */
  router: string;
  kind: ProcedureKind;
  access: AccessRule;
  summary: string;
  /** Input as JSON Schema (what the caller sends), or null when it takes none. */
  input: JsonSchema | null;
  /** Outputs have no runtime schema: named by the type clients infer. */
  output: string;
  errors: TRPC_ERROR_CODE_KEY[];
  /** REST route under /api/v1 when exposed there, e.g. "GET /orders/{orderId}". */
  rest: string | null;
  /** An example input for public procedures (undefined: called without input). */
  example?: { input: unknown };
}

/**
 * The API reference, generated from the router itself so it cannot go stale: every
 * procedure with its kind, access rule, summary (meta), input schema and possible errors.
 * Sorted by path so the committed snapshot diffs cleanly.
 */
export function buildApiReference(router: AppRouter): ProcedureReference[] {
  return listProcedures(router)
    .map(({ path, definition }) => describeProcedure(path, definition))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function describeProcedure(path: string, def: ProcedureDefinition): ProcedureReference {
  const meta = def.meta ?? {};
  if (!meta.access) throw new Error(`${path} declares no access rule (meta.access)`);
  if (!meta.summary) throw new Error(`${path} declares no summary (meta.summary)`);
  const [routerName = path, name = ""] = path.split(".");
  const reference: ProcedureReference = {
    path,
    router: routerName,
    kind: def.type,
    access: meta.access,
    summary: meta.summary,
    input: inputJsonSchema(def.inputs),
    output: `RouterOutputs["${routerName}"]["${name}"]`,
    errors: errorsOf({
      hasInput: def.inputs.length > 0,
      access: meta.access,
      domainErrors: meta.errors ?? [],
    }),
    rest: meta.openapi ? `${meta.openapi.method} ${meta.openapi.path}` : null,
  };
  if (meta.access === "public") {
    if (!(path in publicExamples)) throw new Error(`${path} is public but has no example`);
    reference.example = { input: publicExamples[path] };
  }
  return reference;
}
