import "server-only";

import type { RouterOutputs } from "@dishpatch/api";
import { nextOpeningAt } from "@dishpatch/api/domain";

import { dateTimeFormat } from "./intl-formats";

type Restaurant = RouterOutputs["restaurant"]["bySlug"];

export type OpeningStatus =
  { kind: "open" } | { kind: "paused" } | { kind: "closed"; opensAt: string | null };

/**
 * Whether a restaurant takes orders now, and if closed when it opens, in the restaurant's own
 * time zone (that is where the food is cooked). Worked out on the server, so the page's HTML
 * says it and the browser needs no time-zone code.
 */
export function openingStatus(restaurant: Restaurant, now: Date): OpeningStatus {
  if (!restaurant.acceptingOrders) return { kind: "paused" };
  if (restaurant.openNow) return { kind: "open" };
  const opens = nextOpeningAt(restaurant.hours, restaurant.timeZone, now);
  return { kind: "closed", opensAt: opens ? formatOpening(opens, restaurant.timeZone) : null };
}

function formatOpening(at: Date, timeZone: string) {
  return dateTimeFormat("en", {
    weekday: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(at);
}
