import type { RouterOutputs } from "@dishpatch/api";

import { formatMoney } from "~/lib/money";

type Report = RouterOutputs["merchant"]["report"];

/**
 * Net sales per day as a table whose cells carry CSS bars: the numbers are there for screen
 * readers and for reading exact values, the bars for seeing the shape at a glance.
 */
export function SalesChart({ report }: { report: Report }) {
  const max = Math.max(1, ...report.days.map((day) => day.netSales));
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left font-semibold">Net sales per day</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Net sales</th>
          <th scope="col">Orders</th>
        </tr>
      </thead>
      <tbody>
        {report.days.map((day) => (
          <tr key={day.date} data-testid="sales-day">
            <th scope="row" className="w-24 py-1 pr-3 text-left font-normal whitespace-nowrap">
              {day.date.slice(5)}
            </th>
            <td className="py-1">
              <div className="flex items-center gap-2">
                <div
                  aria-hidden="true"
                  className="h-4 rounded-sm bg-primary"
                  style={{
                    width: `${(day.netSales / max) * 100}%`,
                    minWidth: day.netSales ? 2 : 0,
                  }}
                />
                <span className="whitespace-nowrap tabular-nums">
                  {formatMoney(day.netSales, report.currency)}
                </span>
              </div>
            </td>
            <td className="w-16 py-1 text-right text-muted-foreground tabular-nums">
              {day.orderCount}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
