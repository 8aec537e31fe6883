"use client";

import { Button } from "@dishpatch/ui";
import { weeklyHoursSchema } from "@dishpatch/api/domain";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";

import type { HoursRow } from "./hours-rows";
import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { useEditableRestaurant } from "~/components/owner/use-editable-restaurant";
import { useManagedForm } from "~/components/form/use-managed-form";
import { useToast } from "~/components/toast/toast-provider";
import { apiProblem } from "~/lib/api-problem";
import { hasMessages } from "~/lib/form";
import { useTRPC } from "~/trpc/react";
import { apiIssues, inWeekOrder, rowMessages, weekdayNames, weekdaysInOrder } from "./hours-rows";
import { IntervalRow } from "./interval-row";

/**
 * The weekly schedule, in the restaurant's own time zone. Checked with the API's own schedule
 * rules before sending (no overlaps, also past midnight); saving replaces the whole week.
 */
export function HoursForm({ restaurantId }: { restaurantId: string }) {
  const trpc = useTRPC();
  const toast = useToast();
  const { restaurant, patch, reload } = useEditableRestaurant(restaurantId);
  const setHours = useMutation(trpc.restaurant.setHours.mutationOptions());
  const [rows, setRows] = useState<HoursRow[]>(() =>
    restaurant.hours.map((h, index) => ({ key: index, ...h })),
  );
  /** Keys for added rows, read only in the click handler. */
  const nextKey = useRef(restaurant.hours.length);
  // Problems are keyed by row (the key as text) and set only by a submit: no named inputs.
  const [fields] = useState<string[]>([]);
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields, {
    clearAlertOnEdit: true,
  });

  const update = (key: number, change: Partial<HoursRow>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  };

  async function submit(): Promise<boolean> {
    const sent = inWeekOrder(rows);
    const hours = sent.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
    const checked = weeklyHoursSchema.safeParse(hours);
    if (!checked.success) {
      showProblem(rowMessages(checked.error.issues, sent));
      return false;
    }
    clearProblems();
    try {
      const saved = await setHours.mutateAsync({ restaurantId, hours });
      patch((current) => ({ ...current, hours: saved.hours }));
      // Whether it is open now follows from the new hours; the server works that out.
      void reload();
      toast("success", "Opening hours saved.");
    } catch (error) {
      const problem = apiProblem(error);
      const messages = rowMessages(apiIssues(problem.fieldErrors), sent);
      if (hasMessages(messages)) showProblem(messages);
      else showProblem({}, { tone: "danger", text: problem.message });
    }
    return false;
  }

  return (
    <ClientForm {...formProps(submit)} aria-label="Opening hours" className="flex flex-col gap-4">
      <FormAlert alert={alert} />
      <p className="text-sm text-muted-foreground">
        Times are in the restaurant&apos;s time zone, <strong>{restaurant.timeZone}</strong>. A
        closing time at or before the opening time runs past midnight; 00:00–00:00 is open all day.
      </p>
      {weekdaysInOrder.map((weekday) => {
        const day = weekdayNames[weekday];
        const dayRows = rows.filter((row) => row.weekday === weekday);
        return (
          <fieldset
            key={weekday}
            className="flex flex-col gap-3 rounded-xl border border-border p-4"
            data-testid={`hours-${day}`}
          >
            <legend className="px-1 font-semibold">{day}</legend>
            {dayRows.length === 0 ? (
              <p className="text-sm text-muted-foreground">Closed</p>
            ) : (
              dayRows.map((row, index) => (
                <IntervalRow
                  key={row.key}
                  row={row}
                  name={dayRows.length > 1 ? `${day} ${index + 1}` : day}
                  error={errors[String(row.key)]}
                  onChange={(change) => {
                    update(row.key, change);
                  }}
                  onRemove={() => {
                    setRows((current) => current.filter((r) => r.key !== row.key));
                  }}
                />
              ))
            )}
            <Button
              variant="outline"
              size="sm"
              className="self-start"
              aria-label={`Add hours on ${day}`}
              onClick={() => {
                const last = dayRows.at(-1);
                setRows((current) => [
                  ...current,
                  // After a lunch service, the evening one; else a typical day.
                  last
                    ? { key: nextKey.current++, weekday, opens: last.closes, closes: "23:00" }
                    : { key: nextKey.current++, weekday, opens: "11:00", closes: "22:00" },
                ]);
              }}
            >
              Add hours
            </Button>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save hours"}
        </Button>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">No hours: the restaurant stays closed.</p>
        ) : null}
      </div>
    </ClientForm>
  );
}
