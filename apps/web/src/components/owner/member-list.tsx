"use client";

import type { RouterOutputs } from "@dishpatch/api";
import { Alert, Badge, Button } from "@dishpatch/ui";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";
import { ConfirmBar } from "./confirm-bar";

type Member = RouterOutputs["restaurant"]["members"][number];

const roleLabels: Record<Member["role"], string> = { owner: "Owner", staff: "Staff" };

/** The restaurant's people; removing one asks first, and the API's refusals show in place. */
export function MemberList({ restaurantId, viewerId }: { restaurantId: string; viewerId: string }) {
  const trpc = useTRPC();
  const { data: members } = useSuspenseQuery(
    trpc.restaurant.members.queryOptions({ restaurantId }),
  );

  return (
    <section aria-labelledby="members-title" className="flex flex-col gap-3">
      <h2 id="members-title" className="text-lg font-semibold">
        People ({members.length})
      </h2>
      <ul className="flex flex-col divide-y divide-border rounded-2xl border border-border bg-card">
        {members.map((member) => (
          <MemberRow
            key={member.userId}
            member={member}
            restaurantId={restaurantId}
            isViewer={member.userId === viewerId}
          />
        ))}
      </ul>
    </section>
  );
}

function MemberRow({
  member,
  restaurantId,
  isViewer,
}: {
  member: Member;
  restaurantId: string;
  isViewer: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useMutation(
    trpc.restaurant.removeStaff.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries(trpc.restaurant.members.queryFilter({ restaurantId })),
      onError: (error) => {
        setProblem(apiProblem(error).message);
        setConfirming(false);
      },
    }),
  );
  const who = member.name ?? member.email;

  return (
    <li className="flex flex-col gap-3 p-4" data-testid="member" data-email={member.email}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 flex-col">
          <span className="font-medium break-words">
            {who}
            {isViewer ? <span className="text-muted-foreground"> (you)</span> : null}
          </span>
          <span className="text-sm break-all text-muted-foreground">{member.email}</span>
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={member.role === "owner" ? "success" : "neutral"}>
            {roleLabels[member.role]}
          </Badge>
          {confirming ? null : (
            <Button
              variant="outline"
              size="sm"
              onClick={() => {
                setProblem(null);
                setConfirming(true);
              }}
              aria-label={`Remove ${who}`}
            >
              Remove
            </Button>
          )}
        </div>
      </div>
      {confirming ? (
        <ConfirmBar
          label={`Confirm removing ${who}`}
          question={
            isViewer
              ? "Remove yourself? You lose access to this restaurant at once."
              : `Remove ${who}? They lose access at once.`
          }
          confirmText="Yes, remove"
          pendingText="Removing…"
          pending={remove.isPending}
          onConfirm={() => {
            remove.mutate({ restaurantId, userId: member.userId });
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
      {problem ? <Alert tone="danger">{problem}</Alert> : null}
    </li>
  );
}
