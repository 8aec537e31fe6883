/** Shared by the server prefetch and the client query, so both use one cache entry. */
export const orderHistoryInput = { limit: 10 };
