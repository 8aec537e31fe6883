"use client";

import { Button, StatusDot } from "@dishpatch/ui";

import type { useLiveOrder } from "./use-live-order";

type Live = ReturnType<typeof useLiveOrder>;

/** Whether the page is hearing about changes; says so plainly when it is not. */
export function LiveStatus({ live }: { live: Live }) {
  if (live.status === "idle") return null;
  if (live.status === "pending") {
    return (
      <p
        className="flex items-center gap-2 text-sm text-muted-foreground"
        data-testid="live-status"
      >
        <StatusDot tone="success" />
        Live — this page updates by itself
      </p>
    );
  }
  if (live.status === "connecting") {
    return (
      <p
        className="flex items-center gap-2 text-sm text-muted-foreground"
        data-testid="live-status"
        role="status"
      >
        <StatusDot tone="warning" />
        Connecting to live updates…
      </p>
    );
  }
  return (
    <div
      className="flex flex-wrap items-center gap-2 text-sm"
      data-testid="live-status"
      role="alert"
    >
      <StatusDot tone="danger" />
      <span>Live updates are down; the status shown may be out of date.</span>
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          live.reset();
        }}
      >
        Reconnect
      </Button>
    </div>
  );
}
