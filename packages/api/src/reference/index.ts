export { buildApiReference } from "./build";
export type { ProcedureReference } from "./build";
export { listProcedures } from "../procedure-list";
export type { ProcedureKind } from "../procedure-list";
export type { JsonSchema } from "./input-schema";
export { publicExamples } from "./examples";
