import type { ComponentProps } from "react";
import { cn, FieldError, Label } from "@dishpatch/ui";
import { useId } from "react";

interface SelectFieldProps extends Omit<ComponentProps<"select">, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled native select (keyboard and screen-reader friendly for free), styled like Input. */
export function SelectField({
  name,
  label,
  hint,
  error,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={cn(
          "h-11 w-full min-w-0 rounded-lg border border-border bg-background px-3 text-base text-foreground shadow-xs",
          "focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
          "aria-invalid:border-danger disabled:cursor-not-allowed disabled:opacity-50",
          className,
        )}
        {...selectProps}
      >
        {children}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}
