import { getSalesData } from "@dishpatch/db";
import { merchantReportInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { salesTotals } from "../domain/sales-report";
import { restaurantProcedure } from "../trpc";

const TOP_ITEMS = 10;

export const merchantReportProcedures = {
  /**
   * Sales per local day of the restaurant for a date range, totals and top items. Counts
   * orders placed in the range except rejected, cancelled and expired ones; net sales subtract
   * the refunds of those orders. One round trip after the viewer.
   */
  report: restaurantProcedure("owner")
    .meta({ summary: "Sales report of a restaurant for a date range.", errors: ["NOT_FOUND"] })
    .input(merchantReportInput)
    .query(async ({ ctx, input }) => {
      const data = await getSalesData(ctx.db, { ...input, topItemLimit: TOP_ITEMS });
      if (!data)
        throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." });
      const days = data.days.map((day) => ({ ...day, netSales: day.grossSales - day.refunds }));
      return {
        restaurantId: input.restaurantId,
        from: input.from,
        to: input.to,
        currency: data.currency,
        timeZone: data.timeZone,
        days,
        totals: salesTotals(days),
        topItems: data.topItems,
      };
    }),
};
