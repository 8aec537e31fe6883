import type { ComponentProps } from "react";

import { cn } from "./cn";

export interface ButtonStyle {
  variant?: "primary" | "secondary" | "outline" | "ghost";
  size?: "sm" | "md" | "lg";
}

/** A button's classes, for elements that should look like one (e.g. a link). */
export function buttonVariants({ variant = "primary", size = "md" }: ButtonStyle = {}) {
  return `ui-button ui-button-${variant} ui-button-${size}`;
}

export interface ButtonProps extends ComponentProps<"button">, ButtonStyle {}

export function Button({ className, variant, size, type, ...props }: ButtonProps) {
  return (
    <button
      // A bare <button> inside a form submits it; make that an explicit choice.
      type={type ?? "button"}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}
