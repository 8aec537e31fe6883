/**
 * Vercel Cron calls a job with `Authorization: Bearer $CRON_SECRET`. The comparison takes the
 * same time whatever the guess, so the secret cannot be found one character at a time.
 */
export function isAuthorizedCronRequest(req: Request, secret: string): boolean {
  const header = req.headers.get("authorization") ?? "";
  const expected = `Bearer ${secret}`;
  const a = new TextEncoder().encode(header);
  const b = new TextEncoder().encode(expected);
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
