import { createOpenApiDocument } from "@dishpatch/api/openapi";

// The document only changes with the code: built once at build time, served as a file.
export const dynamic = "force-static";

export function GET() {
  return Response.json(createOpenApiDocument());
}
