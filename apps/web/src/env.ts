/** Inlined by Next at build time; safe in client and server code. */
export const isDevelopment = process.env.NODE_ENV === "development";
