import { Button, FieldError, Input, Label } from "@dishpatch/ui";
import { useId } from "react";

import type { HoursRow } from "./hours-rows";

/** One opening interval: opens and closes as 24-hour times, with its problem below. */
export function IntervalRow({
  row,
  name,
  error,
  onChange,
  onRemove,
}: {
  row: HoursRow;
  /** Names the inputs for screen readers: "Monday opens", "Friday 2 closes". */
  name: string;
  error: string | undefined;
  onChange: (change: Partial<HoursRow>) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const describedBy = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1" data-testid="interval">
      <div className="grid grid-cols-2 items-end gap-x-3 gap-y-1 sm:grid-cols-[11rem_11rem_auto]">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-opens`}>
            <span className="sr-only">{name} </span>Opens
          </Label>
          <Input
            id={`${id}-opens`}
            type="time"
            required
            value={row.opens}
            className="w-full"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange({ opens: event.target.value });
            }}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-closes`}>
            <span className="sr-only">{name} </span>Closes
          </Label>
          <Input
            id={`${id}-closes`}
            type="time"
            required
            value={row.closes}
            className="w-full"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange({ closes: event.target.value });
            }}
          />
        </div>
        <Button
          variant="ghost"
          size="sm"
          className="col-span-2 justify-self-start sm:col-span-1 sm:h-11"
          aria-label={`Remove ${name} hours`}
          onClick={onRemove}
        >
          Remove
        </Button>
      </div>
      <FieldError id={describedBy}>{error}</FieldError>
    </div>
  );
}
