import type { RouterInputs } from "@dishpatch/api";

import type { SearchParams } from "~/components/admin/admin-filters";
import type { OrderStatus } from "~/lib/order-status";
import { statusLabels } from "~/lib/order-status";

export type OrderHistoryInput = RouterInputs["merchant"]["history"];

/** Groups first (what an owner usually looks for), then every single status. */
const groups = {
  active: {
    label: "In progress",
    statuses: ["placed", "accepted", "preparing", "ready", "out_for_delivery"],
  },
  completed: { label: "Completed (delivered or picked up)", statuses: ["delivered", "picked_up"] },
  stopped: {
    label: "Rejected, cancelled or expired",
    statuses: ["rejected", "cancelled", "expired"],
  },
} as const satisfies Record<string, { label: string; statuses: readonly OrderStatus[] }>;

function isStatus(value: string): value is OrderStatus {
  return Object.hasOwn(statusLabels, value);
}
function isGroup(value: string): value is keyof typeof groups {
  return Object.hasOwn(groups, value);
}

/** The choices of the status filter, as [value in the address, label]. */
export const historyStatusChoices: readonly (readonly [string, string])[] = [
  ...Object.entries(groups).map(([value, group]) => [value, group.label] as const),
  ...Object.entries(statusLabels),
];

const pageSize = 20;

/**
 * The filter lives in the address (`?status=completed` or `?status=delivered`), so a filtered
 * list can be linked and reloads as it was; anything else means no filter. Shared by the
 * server prefetch and the client query, so both use one cache entry.
 */
export function historyInputFrom(
  restaurantId: string,
  params: SearchParams,
): { input: OrderHistoryInput; status: string | undefined } {
  const raw = params.status;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (isGroup(value)) {
    return {
      input: { restaurantId, statuses: [...groups[value].statuses], limit: pageSize },
      status: value,
    };
  }
  if (isStatus(value)) {
    return { input: { restaurantId, statuses: [value], limit: pageSize }, status: value };
  }
  return { input: { restaurantId, limit: pageSize }, status: undefined };
}
