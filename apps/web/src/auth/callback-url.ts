/**
 * Where to send someone after signing in. Only a path on this site is accepted: anything
 * else (another origin, `//host`, `/\host`, which browsers read as `//host`) would make the
 * sign-in page an open redirect.
 */
export function safeCallbackUrl(
  value: string | string[] | null | undefined,
  fallback = "/",
): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw?.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  // URL parsers drop tabs and newlines, so "/\t/evil.example" would become "//evil.example".
  if (hasControlCharacter(raw)) return fallback;
  const base = "http://callback.invalid";
  const url = new URL(raw, base);
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

function hasControlCharacter(value: string) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** A link to an auth page that brings the visitor back to `callbackUrl` afterwards. */
export function authPageHref(page: "/sign-in" | "/sign-up", callbackUrl: string): string {
  return callbackUrl === "/" ? page : `${page}?${new URLSearchParams({ callbackUrl }).toString()}`;
}
