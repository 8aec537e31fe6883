"use client";

import type { RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Runs a form's submit work once at a time. The ref blocks a second submit at once (before
 * React re-renders the disabled button); `pending` drives the button's label. `work`
 * returns true when the page is navigating away, so the form stays disabled until it goes.
 */
export function useSubmission() {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const run = useCallback(async (work: () => Promise<boolean>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    let leaving = false;
    try {
      leaving = await work();
    } finally {
      if (!leaving) {
        busy.current = false;
        setPending(false);
      }
    }
  }, []);
  return { pending, run };
}

/**
 * After a failed submit, moves focus to the first invalid field, or else to the form's
 * alert (`data-form-alert`), once React has rendered the errors.
 */
export function useFocusProblem(formRef: RefObject<HTMLFormElement | null>) {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>("[data-form-alert]");
    target?.focus();
  }, [request, formRef]);
  return useCallback(() => {
    setRequest((n) => n + 1);
  }, []);
}
