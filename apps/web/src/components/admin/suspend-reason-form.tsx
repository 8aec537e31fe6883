"use client";

import { Button, Input, Label } from "@dishpatch/ui";
import { useId } from "react";

import { formText } from "~/lib/form";

/** Asks why before suspending a user or a restaurant (the reason goes to the audit log). */
export function SuspendReasonForm(props: {
  /** Who is suspended, as the question names them. */
  who: string;
  cancelLabel: string;
  busy: boolean;
  onSuspend: (reason: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSuspend(formText(new FormData(event.currentTarget), "reason").trim());
      }}
    >
      <Label htmlFor={`${id}-reason`}>Why suspend {props.who}?</Label>
      <Input id={`${id}-reason`} name="reason" required minLength={3} maxLength={500} autoFocus />
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          disabled={props.busy}
          className="bg-danger text-white hover:bg-danger/90"
        >
          Suspend
        </Button>
        <Button variant="ghost" onClick={props.onCancel}>
          {props.cancelLabel}
        </Button>
      </div>
    </form>
  );
}
