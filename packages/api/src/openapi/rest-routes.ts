import { TRPCError } from "@trpc/server";
import { z } from "zod";

import type { ProcedureKind } from "../procedure-list";
import type { AppRouter } from "../root";
import { listProcedures } from "../procedure-list";

/** One REST endpoint: a procedure with `meta.openapi` (the same meta the document is built from). */
export interface RestRoute {
  method: string;
  /** e.g. "/orders/{orderId}" */
  template: string;
  procedurePath: string;
  type: ProcedureKind;
  input: z.ZodType | undefined;
  pattern: RegExp;
  params: string[];
}

export function restRoutes(router: AppRouter): RestRoute[] {
  return listProcedures(router).flatMap(({ path, definition }) => {
    const openapi = definition.meta?.openapi;
    if (!openapi) return [];
    const params = [...openapi.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
    const escaped = openapi.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`^${escaped.replace(/\{\w+\}/g, "([^/]+)")}/?$`);
    return [
      {
        method: openapi.method,
        template: openapi.path,
        procedurePath: path,
        type: definition.type,
        input: definition.inputs[0],
        pattern,
        params,
      },
    ];
  });
}

/** The route answering `method pathname` (pathname below /api/v1) and its path parameters. */
export function matchRestRoute(
  routes: RestRoute[],
  method: string,
  pathname: string,
): { route: RestRoute; pathParams: Record<string, string> } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const pathParams: Record<string, string> = {};
    route.params.forEach((name, i) => {
      pathParams[name] = decodeSegment(match[i + 1] ?? "");
    });
    return { route, pathParams };
  }
  return null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "The URL has a malformed escape." });
  }
}

/**
 * A GET's input from its query string. Query values are text, so each is read as the type its
 * field declares (numbers, booleans, arrays); what cannot be read stays text for the schema to
 * refuse with a clear message. Unknown keys pass through and the strict schemas refuse them.
 */
export function inputFromQuery(
  schema: z.ZodType | undefined,
  query: URLSearchParams,
): Record<string, unknown> {
  const shape = schema instanceof z.ZodObject ? schema.shape : {};
  const input: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    const field: unknown = Reflect.get(shape, key);
    const kind = fieldKind(field instanceof z.ZodType ? field : undefined);
    if (kind === "array") input[key] = values;
    else input[key] = readScalar(kind, values[values.length - 1] ?? "");
  }
  return input;
}

type FieldKind = "number" | "boolean" | "array" | "other";

function fieldKind(field: z.ZodType | undefined): FieldKind {
  let inner: unknown = field;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodNullable ||
    inner instanceof z.ZodDefault
  ) {
    inner = inner.unwrap();
  }
  if (inner instanceof z.ZodNumber) return "number";
  if (inner instanceof z.ZodBoolean) return "boolean";
  if (inner instanceof z.ZodArray) return "array";
  return "other";
}

function readScalar(kind: FieldKind, value: string): unknown {
  if (kind === "number" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  if (kind === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}
