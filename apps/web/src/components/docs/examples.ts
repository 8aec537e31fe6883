import type { ProcedureReference } from "@dishpatch/api/reference";

const ORIGIN = "http://localhost:3000";

/** curl over tRPC's wire format: superjson-wrapped input, GET for queries, POST for mutations. */
export function curlExample(procedure: ProcedureReference, input: unknown): string {
  const url = `${ORIGIN}/api/trpc/${procedure.path}`;
  if (procedure.kind === "mutation") {
    const body = JSON.stringify({ json: input ?? null });
    return `curl -X POST ${url} \\\n  -H 'content-type: application/json' \\\n  -d '${body}'`;
  }
  if (input === undefined) return `curl '${url}'`;
  return `curl '${url}?input=${encodeURIComponent(JSON.stringify({ json: input }))}'`;
}

/** The same call with @dishpatch/client (typed by AppRouter). */
export function clientExample(procedure: ProcedureReference, input: unknown): string {
  const method = procedure.kind === "mutation" ? "mutate" : "query";
  const argument = input === undefined ? "" : JSON.stringify(input, null, 2);
  return `await client.${procedure.path}.${method}(${argument});`;
}
