"use client";

import { Alert, Badge, Button } from "@dishpatch/ui";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { formatMoney } from "~/lib/money";
import { formatZonedDateTime } from "~/lib/zoned-time";
import { useTRPC } from "~/trpc/react";
import { ConfirmBar } from "./confirm-bar";
import type { ManagedPromo } from "./promo-status";
import { discountText, promoStatus } from "./promo-status";

interface Place {
  restaurantId: string;
  currency: string;
  timeZone: string;
}

/** Every code of the restaurant, newest first, with status, limits and uses. */
export function PromoList(place: Place) {
  const trpc = useTRPC();
  const { data: promos } = useSuspenseQuery(
    trpc.promo.list.queryOptions({ restaurantId: place.restaurantId }),
  );
  return (
    <section aria-labelledby="promo-list-title" className="flex flex-col gap-3">
      <h2 id="promo-list-title" className="text-lg font-semibold">
        Codes ({promos.length})
      </h2>
      {promos.length === 0 ? (
        <p className="text-muted-foreground">No promo codes yet. Create the first one.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {promos.map((promo) => (
            <PromoRow key={promo.id} promo={promo} {...place} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PromoRow({ promo, restaurantId, currency, timeZone }: Place & { promo: ManagedPromo }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const deactivate = useMutation(
    trpc.promo.deactivate.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        return queryClient.invalidateQueries(trpc.promo.list.queryFilter({ restaurantId }));
      },
    }),
  );
  const status = promoStatus(promo);
  const when = (date: Date) => formatZonedDateTime(date, timeZone);
  const window =
    promo.startsAt && promo.endsAt
      ? `${when(promo.startsAt)} – ${when(promo.endsAt)}`
      : promo.startsAt
        ? `From ${when(promo.startsAt)}`
        : promo.endsAt
          ? `Until ${when(promo.endsAt)}`
          : "No end date";
  const facts = [
    promo.minimumSubtotal > 0
      ? `Orders from ${formatMoney(promo.minimumSubtotal, currency)}`
      : "Any order size",
    window,
    promo.maxUsesPerCustomer === null ? null : `${promo.maxUsesPerCustomer} per customer`,
  ].filter((fact) => fact !== null);

  return (
    <li
      className="flex flex-col gap-3 rounded-2xl border border-border bg-card p-4"
      data-testid="promo"
      data-code={promo.code}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-0.5">
          <h3 className="font-mono text-lg font-semibold break-all">{promo.code}</h3>
          <p className="text-sm font-medium">{discountText(promo.discount, currency)}</p>
        </div>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <ul className="flex flex-col gap-0.5 text-sm text-muted-foreground">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm tabular-nums" data-testid="promo-uses">
          Used {promo.uses}
          {promo.maxUses === null ? " times" : ` of ${promo.maxUses}`}
        </p>
        {promo.active && !confirming ? (
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              setConfirming(true);
            }}
            aria-label={`Deactivate ${promo.code}`}
          >
            Deactivate
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmBar
          label={`Confirm deactivating ${promo.code}`}
          question={`Stop ${promo.code} for good? Past orders keep their discount.`}
          confirmText="Yes, deactivate"
          pendingText="Deactivating…"
          cancelText="Keep it"
          pending={deactivate.isPending}
          onConfirm={() => {
            deactivate.mutate({ restaurantId, promoId: promo.id });
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
      {deactivate.error ? (
        <Alert tone="danger">{apiProblem(deactivate.error).message}</Alert>
      ) : null}
    </li>
  );
}
