/**
 * A tour of the API from a script, against `pnpm dev` (or DISHPATCH_URL):
 *
 *   pnpm --filter @dishpatch/client example
 *
 * Lists restaurants, prices a cart, signs in as the demo diner through Auth.js, places the
 * cart as an order and follows it live (server-sent events) for FOLLOW_SECONDS (default 30):
 * accept it in the restaurant's queue meanwhile (staff@dishpatch.dev) to see it move.
 */
import { createDishpatchClient, withCookies } from "../src";
import { dishpatchUrl, followSeconds } from "./env";
import { followOrder } from "./follow";
import { firstOrderableLine } from "./pick";

const DEMO_EMAIL = "diner@dishpatch.dev";
const DEMO_PASSWORD = "dishpatch-demo";

const origin = new URL(dishpatchUrl).origin;
// Remembers the csrf and session cookies Auth.js sets, and sends them with every call.
const jar = withCookies();
const client = createDishpatchClient({ url: dishpatchUrl, fetch: jar.fetch });

const health = await client.health.check.query();
console.log(`${origin}: ${health.status}, version ${health.version}, ${health.time.toISOString()}`);

const { items } = await client.restaurant.list.query({ limit: 10 });
console.log(`\n${items.length} restaurants (open first):`);
for (const r of items)
  console.log(`  ${r.openNow ? "open  " : "closed"}  ${r.name} (${r.cuisine})`);

const chosen = items.find((r) => r.openNow) ?? items[0];
if (!chosen) throw new Error("No restaurants: run `pnpm db:seed` first.");
const restaurant = await client.restaurant.bySlug.query({ slug: chosen.slug });
const line = firstOrderableLine(restaurant);
if (!line) throw new Error(`${restaurant.name} has nothing to order right now.`);
const quote = await client.cart.quote.query({
  restaurantId: restaurant.id,
  lines: [line],
  fulfillment: "pickup",
});
// Amounts are integers in the currency's minor unit (cents; yen have none).
const format = new Intl.NumberFormat("en", { style: "currency", currency: quote.currency });
const money = (minor: number) =>
  format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
console.log(`\nA pickup cart at ${restaurant.name}:`);
for (const l of quote.lines) console.log(`  ${l.quantity} × ${l.itemName}  ${money(l.lineTotal)}`);
console.log(`  total ${money(quote.total)} (tax ${money(quote.tax)})`);
for (const p of quote.problems) console.log(`  problem: ${p.message}`);

await signIn(DEMO_EMAIL, DEMO_PASSWORD);
const me = await client.auth.me.query();
console.log(me ? `\nSigned in as ${me.name ?? me.email} (${me.role})` : "\nNot signed in");

if (quote.problems.length > 0) {
  console.log(`\nNot placing the order: ${quote.problems.map((p) => p.message).join(" ")}`);
} else {
  const order = await client.order.place.mutate({
    restaurantId: restaurant.id,
    lines: [line],
    fulfillment: "pickup",
    // Retrying with the same key returns the same order instead of placing a second one.
    idempotencyKey: `tour-${crypto.randomUUID()}`,
  });
  console.log(`\nPlaced order ${order.orderId}: ${money(order.total)}. Following it live…`);
  const outcome = await followOrder(client, order.orderId, followSeconds, ({ data }) => {
    console.log(`  ${data.at.toLocaleTimeString()}  ${data.toStatus}`);
  });
  console.log(outcome === "finished" ? "The order is final." : `Stopped after ${followSeconds} s.`);
}

/** Auth.js credentials sign-in, as the sign-in form does it: csrf token, then a form POST. */
async function signIn(email: string, password: string) {
  const csrf: unknown = await (await jar.fetch(`${origin}/api/auth/csrf`)).json();
  if (!hasCsrfToken(csrf)) throw new Error("Unexpected /api/auth/csrf response");
  const res = await jar.fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, callbackUrl: "/" }),
    // The answer is a redirect carrying the session cookie; following it would drop the cookie.
    redirect: "manual",
  });
  const location = res.headers.get("location") ?? "";
  if (res.status !== 302 || location.includes("error=")) {
    throw new Error(`Sign-in failed (${res.status} ${location})`);
  }
}

function hasCsrfToken(body: unknown): body is { csrfToken: string } {
  return (
    typeof body === "object" &&
    body !== null &&
    "csrfToken" in body &&
    typeof body.csrfToken === "string"
  );
}
