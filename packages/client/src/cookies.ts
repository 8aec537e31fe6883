/**
 * A cookie jar for Node scripts talking to one Dishpatch site: remembers every Set-Cookie it
 * sees and sends the cookies back. It ignores Domain and Path (one site) and drops a cookie
 * when the server expires it (`Max-Age=0` or an `Expires` in the past), as sign-out does.
 */
export interface CookieJar {
  /** `fetch` with the jar's cookies added; pass it to `createDishpatchClient({ fetch })`. */
  fetch: typeof globalThis.fetch;
  /** A remembered cookie's value. */
  get: (name: string) => string | undefined;
  /** The `Cookie` header the jar sends, e.g. for a `curl -H`. */
  header: () => string;
}

export function withCookies(baseFetch: typeof globalThis.fetch = globalThis.fetch): CookieJar {
  const cookies = new Map<string, string>();
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

  const remember = (setCookie: string) => {
    const [pair = "", ...attributes] = setCookie.split(";");
    const eq = pair.indexOf("=");
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (value === "" || attributes.some(isExpired)) cookies.delete(name);
    else cookies.set(name, value);
  };

  const jarFetch: typeof globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : {}));
    const sent = header();
    if (sent) {
      const own = headers.get("cookie");
      headers.set("cookie", own ? `${own}; ${sent}` : sent);
    }
    const response = await baseFetch(input, { ...init, headers });
    for (const setCookie of response.headers.getSetCookie()) remember(setCookie);
    return response;
  };

  return { fetch: jarFetch, get: (name) => cookies.get(name), header };
}

function isExpired(attribute: string): boolean {
  const eq = attribute.indexOf("=");
  if (eq < 0) return false;
  const key = attribute.slice(0, eq).trim().toLowerCase();
  const value = attribute.slice(eq + 1).trim();
  if (key === "max-age") return Number(value) <= 0;
  if (key === "expires") return Date.parse(value) <= Date.now();
  return false;
}
