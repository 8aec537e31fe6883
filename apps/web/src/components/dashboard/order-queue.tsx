"use client";

import { Badge, Button, StatusDot } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC } from "~/trpc/react";
import { OrderCard } from "./order-card";
import { queueStages } from "./order-status";
import { playChime } from "./chime";
import { useLiveOrders } from "./use-live-orders";

/** The live order queue of one restaurant, grouped by stage, new orders first. */
export function OrderQueue({ restaurantId, timeZone }: { restaurantId: string; timeZone: string }) {
  const trpc = useTRPC();
  const { data: orders } = useSuspenseQuery(trpc.merchant.queue.queryOptions({ restaurantId }));
  const [sound, setSound] = useState(false);
  const live = useLiveOrders(restaurantId, () => {
    if (sound) playChime();
  });
  const connected = live.status === "pending";

  return (
    <section aria-labelledby="queue-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="queue-title" className="text-2xl font-bold tracking-tight">
          Orders
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={connected ? "success" : "warning"} data-testid="live-status">
            <StatusDot tone={connected ? "success" : "warning"} />
            {connected ? "Live" : "Connecting…"}
          </Badge>
          <Button
            variant="outline"
            size="sm"
            aria-pressed={sound}
            onClick={() => {
              setSound(!sound);
            }}
          >
            {sound ? "Sound on" : "Sound off"}
          </Button>
        </div>
      </div>
      {/* Polite: a new order is announced after whatever the person is hearing now. */}
      <p role="status" aria-live="polite" className="sr-only" data-testid="queue-announcement">
        {live.announcement}
      </p>
      {orders.length === 0 ? (
        <p className="text-muted-foreground">No open orders. New ones appear here as they land.</p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {queueStages.map((stage) => {
          const inStage = orders.filter((order) => order.status === stage.status);
          if (inStage.length === 0) return null;
          return (
            <section
              key={stage.status}
              aria-labelledby={`stage-${stage.status}`}
              data-testid={`stage-${stage.status}`}
              className="flex flex-col gap-3"
            >
              <h3 id={`stage-${stage.status}`} className="text-lg font-semibold">
                {stage.title} <span className="text-muted-foreground">({inStage.length})</span>
              </h3>
              <ul className="flex flex-col gap-3">
                {inStage.map((order) => (
                  <li key={order.id}>
                    <OrderCard
                      order={order}
                      restaurantId={restaurantId}
                      timeZone={timeZone}
                      fresh={live.freshIds.has(order.id)}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
