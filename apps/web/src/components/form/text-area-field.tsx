import type { ComponentProps } from "react";
import { cn, FieldError, Label } from "@dishpatch/ui";
import { useId } from "react";

interface TextAreaFieldProps extends Omit<ComponentProps<"textarea">, "id" | "name"> {
  name: string;
  label: string;
  error?: string | undefined;
}

/** A labelled multi-line input with its error, styled like `Input`; see `TextField`. */
export function TextAreaField({ name, label, error, className, ...props }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn(
          "w-full min-w-0 rounded-lg border border-border bg-background px-3 py-2 text-base text-foreground shadow-xs transition-colors placeholder:text-muted-foreground",
          "focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-invalid:border-danger",
          className,
        )}
        {...props}
      />
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}
