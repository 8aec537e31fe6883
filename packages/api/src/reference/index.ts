export { buildApiReference, listProcedures } from "./build";
export type { ProcedureKind, ProcedureReference } from "./build";
export type { JsonSchema } from "./input-schema";
export { publicExamples } from "./examples";
