/**
 * Example inputs for the public procedures, shown as curl and client calls on /docs/api.
 * The reference test calls each one against the seeded database, so they stay valid.
 */
export const publicExamples: Record<string, unknown> = {
  "health.check": undefined,
  "auth.me": undefined,
  "auth.signUp": { name: "Dee", email: "dee@example.com", password: "a-long-passphrase" },
  "restaurant.list": { cuisine: "Italian", openNow: true, limit: 5 },
  "restaurant.cuisines": undefined,
  "restaurant.bySlug": { slug: "la-tavola" },
  "cart.quote": {
    restaurantId: "<restaurant id from restaurant.bySlug>",
    fulfillment: "pickup",
    lines: [{ itemId: "<item id>", quantity: 1, optionIds: [] }],
  },
};
