import type { OrderDetail } from "~/lib/order-status";
import { formatClock, isEnding, statusLabels, stepsFor } from "~/lib/order-status";

/**
 * placed → … → delivered / picked up, each step with the time it happened. An order that ended
 * early (rejected, cancelled, expired) shows the steps it reached and then the ending, with why.
 */
export function StatusTimeline({ order }: { order: OrderDetail }) {
  const tz = order.restaurant.timeZone;
  const reachedAt = new Map(order.events.map((e) => [e.toStatus, e]));
  const ended = isEnding(order.status);
  const steps = stepsFor(order.fulfillment).filter((step) => !ended || reachedAt.has(step));
  const ending = ended ? reachedAt.get(order.status) : undefined;
  const currentIndex = steps.indexOf(order.status);

  return (
    <ol className="flex flex-col gap-0" aria-label="Order progress">
      {steps.map((step, index) => {
        const event = reachedAt.get(step);
        const done = ended || index <= currentIndex;
        const current = !ended && index === currentIndex;
        return (
          <li key={step} className="flex gap-3" aria-current={current ? "step" : undefined}>
            <span className="flex flex-col items-center">
              <span
                aria-hidden="true"
                className={`mt-1 size-3 rounded-full ${done ? "bg-primary" : "border-2 border-border"} ${current ? "ring-4 ring-primary/25" : ""}`}
              />
              {index < steps.length - 1 || ending ? (
                <span
                  aria-hidden="true"
                  className={`w-0.5 flex-1 ${done ? "bg-primary" : "bg-border"}`}
                />
              ) : null}
            </span>
            <span className="flex flex-1 justify-between gap-3 pb-4">
              <span className={done ? "font-medium" : "text-muted-foreground"}>
                {statusLabels[step]}
                {current ? <span className="sr-only"> (current)</span> : null}
              </span>
              {event ? (
                <span className="text-sm text-muted-foreground tabular-nums">
                  {formatClock(event.createdAt, tz)}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
      {ending ? (
        <li className="flex gap-3" aria-current="step">
          <span aria-hidden="true" className="mt-1 size-3 rounded-full bg-danger" />
          <span className="flex flex-1 flex-col gap-1">
            <span className="flex justify-between gap-3">
              <span className="font-medium text-danger-foreground">
                {statusLabels[ending.toStatus]}
              </span>
              <span className="text-sm text-muted-foreground tabular-nums">
                {formatClock(ending.createdAt, tz)}
              </span>
            </span>
            {ending.note ? (
              <span className="text-sm text-muted-foreground">{ending.note}</span>
            ) : null}
          </span>
        </li>
      ) : null}
    </ol>
  );
}
