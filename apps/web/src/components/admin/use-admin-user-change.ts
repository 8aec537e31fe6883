"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

/**
 * Role and suspension changes. Afterwards the user lists and the audit log are re-read: the
 * change moves the user between filtered views and writes an audit entry.
 */
export function useAdminUserChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.users.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.auditLog.pathKey() }),
    ]);
  return {
    setRole: useMutation(trpc.admin.setUserRole.mutationOptions({ onSuccess: refresh })),
    suspend: useMutation(trpc.admin.suspendUser.mutationOptions({ onSuccess: refresh })),
  };
}
