"use client";

import { Alert, Button, Card } from "@dishpatch/ui";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";

import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";

/** Pause new orders during a rush, and resume; the diner's menu says the restaurant is paused. */
export function OrderingToggle({ restaurantId }: { restaurantId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: mine } = useSuspenseQuery(trpc.restaurant.mine.queryOptions());
  const accepting = mine.find((r) => r.id === restaurantId)?.acceptingOrders ?? false;
  const toggle = useMutation(
    trpc.restaurant.setAcceptingOrders.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.restaurant.mine.queryKey(), (rows) =>
          rows?.map((r) =>
            r.id === updated.id ? { ...r, acceptingOrders: updated.acceptingOrders } : r,
          ),
        );
      },
    }),
  );

  return (
    <Card className="flex flex-col gap-3 p-4" aria-labelledby="ordering-title">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="ordering-title" className="font-semibold">
            Online ordering
          </h2>
          <p className="text-sm text-muted-foreground" data-testid="ordering-state">
            {accepting ? "Taking new orders." : "Paused: diners cannot order right now."}
          </p>
        </div>
        <Button
          variant={accepting ? "outline" : "primary"}
          disabled={toggle.isPending}
          onClick={() => {
            toggle.mutate({ restaurantId, acceptingOrders: !accepting });
          }}
        >
          {accepting ? "Pause ordering" : "Resume ordering"}
        </Button>
      </div>
      {toggle.error ? <Alert tone="danger">{apiProblem(toggle.error).message}</Alert> : null}
    </Card>
  );
}
