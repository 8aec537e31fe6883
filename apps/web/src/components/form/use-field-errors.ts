"use client";

import { useCallback, useState } from "react";

import type { FieldMessages } from "~/lib/form";

/**
 * The form field an edit event came from, if it is one of `fields`: every named control (input,
 * select, textarea) counts, so every kind of field clears its error the same way.
 */
export function editedField<TField extends string>(
  target: EventTarget,
  fields: readonly TField[],
): TField | undefined {
  if (!("name" in target) || typeof target.name !== "string") return undefined;
  const { name } = target;
  return fields.find((field) => field === name);
}

/**
 * Per-field error messages. `clearFor` is for the form's `onChange`: editing a field hides
 * its error until the next submit checks it again.
 */
export function useFieldErrors<TField extends string>(fields: readonly TField[]) {
  const [errors, setErrors] = useState<FieldMessages<TField>>({});
  const clearFor = useCallback(
    (target: EventTarget) => {
      const field = editedField(target, fields);
      if (field === undefined) return;
      setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    },
    [fields],
  );
  return { errors, setErrors, clearFor };
}
