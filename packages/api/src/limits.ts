/**
 * Limits shared by the server and its clients. This file imports nothing, so client bundles
 * can use it without pulling in server code.
 */

/** Largest batch the server accepts; client links split larger ones. */
export const MAX_BATCH_SIZE = 20;
