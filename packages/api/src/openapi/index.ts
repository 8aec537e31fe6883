export { createOpenApiDocument } from "./document";
export { handleRestRequest } from "./handler";
