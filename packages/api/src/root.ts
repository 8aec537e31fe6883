import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { cartRouter } from "./routers/cart";
import { healthRouter } from "./routers/health";
import { menuRouter } from "./routers/menu";
import { merchantRouter } from "./routers/merchant";
import { orderRouter } from "./routers/order";
import { promoRouter } from "./routers/promo";
import { restaurantRouter } from "./routers/restaurant";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  restaurant: restaurantRouter,
  cart: cartRouter,
  menu: menuRouter,
  admin: adminRouter,
  order: orderRouter,
  merchant: merchantRouter,
  promo: promoRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (server components, scripts, tests) with a given context. */
export const createCaller = createCallerFactory(appRouter);
