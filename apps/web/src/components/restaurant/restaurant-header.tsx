import type { RouterOutputs } from "@dishpatch/api";
import { Badge, StatusDot } from "@dishpatch/ui";

import type { OpeningStatus } from "~/lib/opening-status";
import { formatMoney } from "~/lib/money";

interface Props {
  restaurant: RouterOutputs["restaurant"]["bySlug"];
  status: OpeningStatus;
}

/** Name, cuisine, whether it takes orders now, and what delivery costs. Rendered on the server. */
export function RestaurantHeader({ restaurant, status }: Props) {
  return (
    <header className="flex flex-col gap-3">
      <p className="text-sm font-semibold tracking-wide text-primary uppercase">
        {restaurant.cuisine}
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
        {restaurant.name}
      </h1>
      {restaurant.description ? (
        <p className="max-w-2xl text-pretty text-muted-foreground">{restaurant.description}</p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <OpeningBadge status={status} />
        <span className="text-muted-foreground">
          Delivery {formatMoney(restaurant.deliveryFee, restaurant.currency)} · Minimum order{" "}
          {formatMoney(restaurant.minimumOrder, restaurant.currency)}
        </span>
      </div>
    </header>
  );
}

function OpeningBadge({ status }: { status: OpeningStatus }) {
  switch (status.kind) {
    case "open":
      return (
        <Badge tone="success" data-testid="opening-status">
          <StatusDot tone="success" />
          Open now
        </Badge>
      );
    case "paused":
      return (
        <Badge tone="neutral" data-testid="opening-status">
          <StatusDot tone="warning" />
          Paused — not taking orders right now
        </Badge>
      );
    case "closed":
      return (
        <Badge tone="neutral" data-testid="opening-status">
          <StatusDot tone="warning" />
          {status.opensAt ? `Closed — opens ${status.opensAt}` : "Closed"}
        </Badge>
      );
  }
}
