import type { ComponentProps } from "react";

/**
 * A form handled by script. `noValidate`: our own inline messages replace the browser's
 * bubbles. `method="post"`: if it is submitted before the page has hydrated, the browser
 * posts it rather than putting the fields (passwords) into the URL and server logs.
 */
export function ClientForm(props: Omit<ComponentProps<"form">, "method" | "action">) {
  return <form method="post" noValidate {...props} />;
}
