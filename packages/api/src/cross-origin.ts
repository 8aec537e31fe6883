/**
 * Cookies make every call carry the user's session, so a page on another origin must not be
 * able to make calls (CSRF). Browsers send Origin on cross-origin requests; scripts and
 * servers without one are not a browser acting for a signed-in person.
 */
export function isCrossOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host =
    req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
