import { getRestaurantWithMenu } from "@dishpatch/db";
import { cartInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { quoteCart } from "../services/quote";
import { publicProcedure, router } from "../trpc";
import { cartQuoteOutput } from "../outputs";

export const cartRouter = router({
  /**
   * Prices a cart (signed in or not) and lists every problem with it. The server prices
   * everything; the client only says what it wants. One database round trip.
   */
  quote: publicProcedure
    .meta({
      summary: "Prices a cart and lists every problem with it.",
      errors: ["NOT_FOUND"],
      openapi: { method: "POST", path: "/cart/quote", tags: ["cart"], protect: false },
    })
    .output(cartQuoteOutput)
    .input(cartInput)
    .query(async ({ ctx, input }) => {
      const restaurant = await getRestaurantWithMenu(
        ctx.db,
        { id: input.restaurantId },
        input.promoCode
          ? { code: input.promoCode, customerId: ctx.session?.userId ?? null }
          : undefined,
      );
      // Pending restaurants are not public; suspended ones are, so their carts learn why.
      if (!restaurant || restaurant.status === "pending") {
        throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." });
      }
      const quote = quoteCart(restaurant, input, new Date());
      return {
        restaurant: { id: restaurant.id, name: restaurant.name, slug: restaurant.slug },
        ...quote,
      };
    }),
});
