import { authRouter } from "./routers/auth";
import { cartRouter } from "./routers/cart";
import { healthRouter } from "./routers/health";
import { merchantReportProcedures } from "./routers/merchant-report";
import { promoRouter } from "./routers/promo";
import { restaurantRouter } from "./routers/restaurant";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  restaurant: restaurantRouter,
  cart: cartRouter,
  promo: promoRouter,
  merchant: router({ ...merchantReportProcedures }),
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (server components, scripts, tests) with a given context. */
export const createCaller = createCallerFactory(appRouter);
