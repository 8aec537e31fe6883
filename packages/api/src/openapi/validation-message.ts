/**
 * trpc-to-openapi answers bad input with the bare message "Input validation failed" (the
 * details only in `issues`). A REST caller reading just the message should learn which
 * field is wrong, so it names them: "Input validation failed: limit: Too big: …".
 */
export async function clarifyValidationError(response: Response): Promise<Response> {
  if (response.status !== 400) return response;
  const body: unknown = await response.clone().json();
  if (typeof body !== "object" || body === null) return response;
  const issues: unknown = Reflect.get(body, "issues");
  if (!Array.isArray(issues) || issues.length === 0) return response;
  const details = issues.map((issue: unknown) => {
    const path: unknown = Reflect.get(Object(issue), "path");
    const message: unknown = Reflect.get(Object(issue), "message");
    const where = Array.isArray(path) && path.length > 0 ? `${path.join(".")}: ` : "";
    return `${where}${typeof message === "string" ? message : "invalid"}`;
  });
  const message = `Input validation failed: ${details.join("; ")}`;
  return Response.json(
    { ...body, message },
    { status: response.status, headers: new Headers(response.headers) },
  );
}
