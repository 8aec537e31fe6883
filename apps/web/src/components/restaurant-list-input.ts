/**
 * The home page's first page of restaurants. Shared by the server prefetch and the client
 * query so both use the same query key. (It lives outside the "use client" module: a server
 * component importing a value from one gets a client reference, not the value.)
 */
export const homeRestaurantsInput = { limit: 12 };
