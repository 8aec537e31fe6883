// Pure business rules of the marketplace: no database, no tRPC. Procedures call these.
export * from "./currencies";
export * from "./currency-schema";
export * from "./money";
export * from "./fulfillment";
export * from "./promo";
export * from "./cart-problems";
export * from "./cart-options";
export * from "./cart-lines";
export * from "./restaurant-availability";
export * from "./pricing";
export * from "./order-state";
export * from "./time-zone";
export * from "./opening-hours";
export * from "./admin-actions";
