import type { ClassValue } from "clsx";
import { clsx } from "clsx";

/**
 * Joins class names. Nothing is merged at run time: the components' defaults sit in the CSS
 * `components` layer (styles.css), so a utility given in `className` wins over them by cascade.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
