import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert, Button, Card, Input, Label } from "@dishpatch/ui";

import { getViewer } from "~/auth/viewer";
import { reportRange } from "~/components/dashboard/report-range";
import { SalesChart } from "~/components/dashboard/sales-chart";
import { NotAllowed } from "~/components/not-allowed";
import { SiteHeader } from "~/components/site-header";
import { formatMoney } from "~/lib/money";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Sales report" };

/**
 * An owner's sales report for a date range. Rendered on the server in full (a GET form picks
 * the range), so it ships no client code of its own.
 */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ restaurantId: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}) {
  const { restaurantId } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=/dashboard/${encodeURIComponent(restaurantId)}`);
  const membership = viewer.memberships.find((m) => m.restaurantId === restaurantId);
  if (membership?.role !== "owner") {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's reports (owners only)" />
      </>
    );
  }
  const { input, problem } = reportRange(restaurantId, await searchParams);
  const report = await getQueryClient().query(trpc.merchant.report.queryOptions(input));
  const money = (amount: number) => formatMoney(amount, report.currency);
  const figures = [
    ["Orders", String(report.totals.orderCount)],
    ["Gross sales", money(report.totals.grossSales)],
    ["Refunds", money(report.totals.refunds)],
    ["Net sales", money(report.totals.netSales)],
    ["Average ticket", money(report.totals.averageTicket)],
  ] as const;

  return (
    <>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10"
      >
        <div className="flex flex-col gap-1">
          <Link
            href={`/dashboard/${restaurantId}`}
            className="text-sm text-muted-foreground hover:underline"
          >
            ← Orders
          </Link>
          <h1 className="text-3xl font-bold tracking-tight">Sales report</h1>
          <p className="text-sm text-muted-foreground">
            {membership.name} · days in {report.timeZone}
          </p>
        </div>
        <form className="flex flex-wrap items-end gap-3" method="get">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="report-from">From</Label>
            <Input id="report-from" name="from" type="date" defaultValue={input.from} required />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="report-to">To</Label>
            <Input id="report-to" name="to" type="date" defaultValue={input.to} required />
          </div>
          <Button type="submit">Show</Button>
        </form>
        {problem ? (
          <Alert tone="danger">{problem} — showing the last two weeks instead.</Alert>
        ) : null}
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {figures.map(([label, value]) => (
            // A div, not a Card (a <section>): a <dl> may only group its pairs in divs.
            <div
              key={label}
              className="flex flex-col gap-1 rounded-2xl border border-border bg-card p-4 text-card-foreground shadow-sm"
            >
              <dt className="text-xs text-muted-foreground">{label}</dt>
              <dd className="text-lg font-semibold tabular-nums" data-testid={`figure-${label}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <Card className="p-4">
            <SalesChart report={report} />
          </Card>
          <Card className="flex flex-col gap-2 p-4" aria-labelledby="top-items-title">
            <h2 id="top-items-title" className="font-semibold">
              Top items
            </h2>
            {report.topItems.length === 0 ? (
              <p className="text-sm text-muted-foreground">No sales in this range.</p>
            ) : (
              <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm">
                {report.topItems.map((item) => (
                  <li key={item.menuItemId ?? item.name}>
                    {item.name} · {item.quantity} sold · {money(item.revenue)}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </main>
    </>
  );
}
