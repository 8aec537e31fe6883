/**
 * Every status an order can have. Its own import-free module, so the pure domain rules (which
 * reach browser bundles) can share the list without pulling in any schema.
 */
export const orderStatusValues = [
  "placed",
  "accepted",
  "preparing",
  "ready",
  "out_for_delivery",
  "delivered",
  "picked_up",
  "rejected",
  "cancelled",
  "expired",
] as const;
