/** Where the REST endpoints are mounted (apps/web/app/api/v1/[...path]/route.ts). */
export const REST_ENDPOINT = "/api/v1";
