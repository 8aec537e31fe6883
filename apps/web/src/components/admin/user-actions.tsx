"use client";

import type { RouterOutputs } from "@dishpatch/api";
import { Alert, Button } from "@dishpatch/ui";
import { useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { SuspendReasonForm } from "./suspend-reason-form";
import { useAdminUserChange } from "./use-admin-user-change";

type AdminUser = RouterOutputs["admin"]["users"]["items"][number];

/**
 * Grant or revoke admin, suspend with a reason, reinstate. Whether a change is allowed (e.g. an
 * admin changing their own account) is the API's decision; its message is shown as it comes.
 */
export function UserActions({ user }: { user: AdminUser }) {
  const { setRole, suspend } = useAdminUserChange();
  const [suspending, setSuspending] = useState(false);
  const who = user.email;
  const error = setRole.error ?? suspend.error;
  const busy = setRole.isPending || suspend.isPending;
  const reset = () => {
    setRole.reset();
    suspend.reset();
  };

  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="danger">{apiProblem(error).message}</Alert> : null}
      {suspending ? (
        <SuspendReasonForm
          who={who}
          cancelLabel="Keep active"
          busy={busy}
          onSuspend={(reason) => {
            reset();
            suspend.mutate(
              { userId: user.id, suspended: true, reason },
              {
                onSuccess: () => {
                  setSuspending(false);
                },
              },
            );
          }}
          onCancel={() => {
            setSuspending(false);
          }}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="outline"
            disabled={busy}
            onClick={() => {
              reset();
              setRole.mutate({
                userId: user.id,
                role: user.role === "admin" ? "customer" : "admin",
              });
            }}
          >
            {user.role === "admin" ? "Remove admin" : "Make admin"}
            <span className="sr-only"> {who}</span>
          </Button>
          {user.status === "suspended" ? (
            <Button
              size="sm"
              disabled={busy}
              onClick={() => {
                reset();
                suspend.mutate({ userId: user.id, suspended: false });
              }}
            >
              Reinstate<span className="sr-only"> {who}</span>
            </Button>
          ) : (
            <Button
              size="sm"
              variant="outline"
              onClick={() => {
                reset();
                setSuspending(true);
              }}
            >
              Suspend…<span className="sr-only"> {who}</span>
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
