"use client";

import { useCallback, useState } from "react";

import type { FieldMessages } from "~/lib/form";

/**
 * Per-field error messages. `clearFor` is for the form's `onChange`: editing a field hides
 * its error until the next submit checks it again.
 */
export function useFieldErrors<TField extends string>(fields: readonly TField[]) {
  const [errors, setErrors] = useState<FieldMessages<TField>>({});
  const clearFor = useCallback(
    (target: EventTarget) => {
      if (!(target instanceof HTMLInputElement)) return;
      const field = fields.find((name) => name === target.name);
      if (field === undefined) return;
      setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    },
    [fields],
  );
  return { errors, setErrors, clearFor };
}
