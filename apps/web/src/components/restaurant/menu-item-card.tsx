import { Badge } from "@dishpatch/ui";

import type { MenuItem } from "~/lib/item-choices";
import { formatMoney } from "~/lib/money";

interface Props {
  item: MenuItem;
  currency: string;
  onOpen: (item: MenuItem) => void;
}

/** One dish. Sold-out dishes are shown (people look for them) but cannot be opened or ordered. */
export function MenuItemCard({ item, currency, onOpen }: Props) {
  const body = (
    <>
      <span className="flex items-start justify-between gap-3">
        <span className="font-semibold">{item.name}</span>
        <span className="shrink-0 font-medium tabular-nums">
          {formatMoney(item.price, currency)}
        </span>
      </span>
      {item.description ? (
        <span className="line-clamp-2 text-sm text-muted-foreground">{item.description}</span>
      ) : null}
      {item.soldOut ? (
        <Badge tone="neutral" className="self-start">
          Sold out
        </Badge>
      ) : null}
    </>
  );
  const frame =
    "flex h-full w-full flex-col gap-1.5 rounded-xl border border-border bg-card p-4 text-left";
  if (item.soldOut) {
    // Marked by the badge and a dashed frame, not by fading: faded text fails contrast (axe).
    return <div className={`${frame} border-dashed`}>{body}</div>;
  }
  return (
    <button
      type="button"
      className={`${frame} transition-colors hover:border-primary/60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring`}
      onClick={() => {
        onOpen(item);
      }}
      aria-haspopup="dialog"
    >
      {body}
    </button>
  );
}
