import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { cartRouter } from "./routers/cart";
import { healthRouter } from "./routers/health";
import { menuRouter } from "./routers/menu";
import { restaurantRouter } from "./routers/restaurant";
import { onNewOrder } from "./live/new-orders";
import { onUpdate } from "./live/order-updates";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  restaurant: restaurantRouter,
  cart: cartRouter,
  menu: menuRouter,
  admin: adminRouter,
  order: router({ onUpdate }),
  merchant: router({ onNewOrder }),
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (server components, scripts, tests) with a given context. */
export const createCaller = createCallerFactory(appRouter);
