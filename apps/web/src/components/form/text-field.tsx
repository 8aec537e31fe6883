import type { ComponentProps } from "react";
import { FieldError, Input, Label } from "@dishpatch/ui";
import { useId } from "react";

interface TextFieldProps extends Omit<ComponentProps<"input">, "id" | "name"> {
  name: string;
  label: string;
  /** Always-visible help, e.g. password rules. */
  hint?: string;
  error?: string | undefined;
}

/**
 * A labelled input with its hint and error. The input is described by both, and marked
 * invalid while there is an error, so screen readers read the problem on focus.
 */
export function TextField({ name, label, hint, error, ...inputProps }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
