import Link from "next/link";
import { Alert } from "@dishpatch/ui";

/** A message about the whole form, with an optional way forward. */
export interface FormAlertMessage {
  tone: "danger" | "success";
  text: string;
  link?: { href: string; label: string };
}

export function FormAlert({ alert }: { alert: FormAlertMessage | null }) {
  if (!alert) return null;
  return (
    <Alert tone={alert.tone} data-form-alert="">
      <p>
        {alert.text}
        {alert.link ? (
          <>
            {" "}
            <Link
              href={alert.link.href}
              className="rounded-sm font-semibold underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              {alert.link.label}
            </Link>
          </>
        ) : null}
      </p>
    </Alert>
  );
}
