/**
 * On the edge runtime, Next appends a dynamic route's params to the request's query string
 * (`/api/v1/restaurants?limit=3` arrives as `…?limit=3&path=restaurants`). The REST adapter
 * reads the query as the procedure's input, whose strict schema then refuses `path`. This
 * removes exactly the appended entries — the trailing `name=value` pairs equal to the route's
 * params, in order — so a caller's own query is left as sent.
 */
export function withoutAppendedRouteParams(url: string, name: string, values: string[]): string {
  const parsed = new URL(url);
  const entries = [...parsed.searchParams];
  const tail = entries.slice(entries.length - values.length);
  const appended =
    values.length > 0 &&
    tail.length === values.length &&
    tail.every(([key, value], i) => key === name && value === values[i]);
  if (!appended) return url;
  parsed.search = new URLSearchParams(entries.slice(0, entries.length - values.length)).toString();
  return parsed.toString();
}
