export { createOpenApiDocument, REST_ENDPOINT } from "./document";
export { handleRestRequest } from "./handler";
