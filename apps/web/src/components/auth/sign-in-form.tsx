"use client";

import type { SubmitEvent } from "react";
import { Button } from "@dishpatch/ui";
import { signInInput } from "@dishpatch/validators";
import { useRef, useState } from "react";

import type { FormAlertMessage } from "~/components/form/form-alert";
import { signInWithCredentials } from "~/auth/credentials-sign-in";
import { signInFailureMessage } from "~/auth/sign-in-messages";
import { useAuthNavigation } from "~/auth/use-auth-navigation";
import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useFieldErrors } from "~/components/form/use-field-errors";
import { useFocusProblem, useSubmission } from "~/components/form/use-submission";
import { formText, zodFieldMessages } from "~/lib/form";

const fields = ["email", "password"] as const;

/**
 * Email and password sign-in. `initialError` is a reason Auth.js put in the URL when it
 * redirected here (e.g. a failed GitHub sign-in); it goes away on the next attempt.
 */
export function SignInForm({
  callbackUrl,
  initialError,
}: {
  callbackUrl: string;
  initialError: string | null;
}) {
  const navigate = useAuthNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusProblem = useFocusProblem(formRef);
  const { pending, run } = useSubmission();
  const { errors, setErrors, clearFor } = useFieldErrors(fields);
  const [alert, setAlert] = useState<FormAlertMessage | null>(
    initialError ? { tone: "danger", text: initialError } : null,
  );

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const parsed = signInInput.safeParse({
      email: formText(data, "email"),
      password: formText(data, "password"),
    });
    if (!parsed.success) {
      setErrors(zodFieldMessages(parsed.error, fields));
      setAlert(null);
      focusProblem();
      return false;
    }
    setErrors({});
    setAlert(null);
    const result = await signInWithCredentials({ ...parsed.data, callbackUrl });
    if (!result.ok) {
      setAlert({
        tone: "danger",
        text: signInFailureMessage(result.failure, result.retryAfterSeconds),
      });
      focusProblem();
      return false;
    }
    navigate(callbackUrl);
    return true;
  }

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void run(() => submit(form));
  }

  return (
    <ClientForm
      ref={formRef}
      onSubmit={onSubmit}
      onChange={(event) => {
        clearFor(event.target);
      }}
      aria-busy={pending}
      className="flex flex-col gap-5"
    >
      <FormAlert alert={alert} />
      <TextField
        name="email"
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={errors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={128}
        error={errors.password}
      />
      <Button type="submit" size="lg" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </ClientForm>
  );
}
