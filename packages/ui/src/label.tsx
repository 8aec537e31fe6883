import type { ComponentProps } from "react";

import { cn } from "./cn";

/** A visible label; give it `htmlFor` so clicking it focuses its control. */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("ui-label", className)} {...props} />;
}
