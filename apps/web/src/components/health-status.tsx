"use client";

import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Skeleton,
  StatusDot,
} from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";

import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

/** System status from `health.check`, prefetched on the server and hydrated here. */
export function HealthStatus() {
  const trpc = useTRPC();
  const { data, refetch, isFetching } = useSuspenseQuery(trpc.health.check.queryOptions());
  const ok = data.database.reachable;

  return (
    <Card aria-labelledby="status-title" className="max-w-xl">
      <CardHeader>
        <div className="flex items-center justify-between gap-4">
          <CardTitle id="status-title">System status</CardTitle>
          <Badge tone={ok ? "success" : "danger"} data-testid="health-badge">
            <StatusDot tone={ok ? "success" : "danger"} />
            {ok ? "All systems normal" : "Database unreachable"}
          </Badge>
        </div>
        <CardDescription>Live from the API, checked when this page was rendered.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl
          className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm"
          aria-live="polite"
          aria-busy={isFetching}
        >
          <dt className="text-muted-foreground">Database</dt>
          <dd data-testid="health-database">
            {ok ? `reachable · ${data.database.latencyMs ?? "–"} ms` : "not reachable"}
          </dd>
          <dt className="text-muted-foreground">Version</dt>
          <dd className="font-mono">{data.version}</dd>
          <dt className="text-muted-foreground">Checked at</dt>
          <dd>
            <LocalTime date={data.time} options={{ timeStyle: "medium" }} />
          </dd>
        </dl>
        <Button
          variant="outline"
          size="sm"
          className="mt-5"
          onClick={() => void refetch()}
          disabled={isFetching}
        >
          {isFetching ? "Checking…" : "Check again"}
        </Button>
      </CardContent>
    </Card>
  );
}

export function HealthStatusSkeleton() {
  return (
    <Card aria-busy="true" aria-label="Loading system status" className="max-w-xl">
      <CardHeader>
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-64" />
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        <Skeleton className="h-4 w-56" />
        <Skeleton className="h-4 w-32" />
        <Skeleton className="h-4 w-44" />
      </CardContent>
    </Card>
  );
}
