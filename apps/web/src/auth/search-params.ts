/** A page's `searchParams` once awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (`?a=1&a=2` gives "1"). */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Where to go after signing in: `?callbackUrl=` (Auth.js's name) or `?next=`. */
export function requestedCallbackUrl(params: SearchParams): string | undefined {
  return firstParam(params, "callbackUrl") ?? firstParam(params, "next");
}
