"use client";

import type { ComponentProps, SubmitEvent } from "react";
import { useRef, useState } from "react";

import type { FieldMessages } from "~/lib/form";
import type { FormAlertMessage } from "./form-alert";
import { useFieldErrors } from "./use-field-errors";
import { useFocusProblem, useSubmission } from "./use-submission";

/**
 * Everything a script-handled form shares: one submit at a time, per-field errors cleared as
 * fields are edited, a form-level alert, and focus on the first problem after a failed
 * submit. `formProps(submit)` wires it all onto a `<ClientForm>`; `submit` returns true when
 * the page is navigating away (the form then stays disabled).
 */
export function useManagedForm<TField extends string>(
  fields: readonly TField[],
  options: { initialAlert?: FormAlertMessage | null; clearAlertOnEdit?: boolean } = {},
) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusProblem = useFocusProblem(formRef);
  const { pending, run } = useSubmission();
  const { errors, setErrors, clearFor } = useFieldErrors(fields);
  const [alert, setAlert] = useState<FormAlertMessage | null>(options.initialAlert ?? null);

  /** Shows what is wrong (fields and/or a form alert) and moves focus to it. */
  function showProblem(messages: FieldMessages<TField>, formAlert: FormAlertMessage | null = null) {
    setErrors(messages);
    setAlert(formAlert);
    focusProblem();
  }

  function clearProblems() {
    setErrors({});
    setAlert(null);
  }

  function formProps(
    submit: (form: HTMLFormElement) => Promise<boolean>,
  ): Pick<ComponentProps<"form">, "ref" | "onSubmit" | "onChange" | "aria-busy"> {
    return {
      ref: formRef,
      onSubmit: (event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        const form = event.currentTarget;
        void run(() => submit(form));
      },
      onChange: (event) => {
        clearFor(event.target);
        if (options.clearAlertOnEdit) setAlert(null);
      },
      "aria-busy": pending,
    };
  }

  return { pending, errors, alert, setAlert, showProblem, clearProblems, formProps };
}
