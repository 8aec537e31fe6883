"use client";

import { Button } from "@dishpatch/ui";
import { signInInput } from "@dishpatch/validators";

import { signInWithCredentials } from "~/auth/credentials-sign-in";
import { signInFailureMessage } from "~/auth/sign-in-messages";
import { useAuthNavigation } from "~/auth/use-auth-navigation";
import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
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
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields, {
    initialAlert: initialError ? { tone: "danger", text: initialError } : null,
  });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const parsed = signInInput.safeParse({
      email: formText(data, "email"),
      password: formText(data, "password"),
    });
    if (!parsed.success) {
      showProblem(zodFieldMessages(parsed.error, fields));
      return false;
    }
    clearProblems();
    const result = await signInWithCredentials({ ...parsed.data, callbackUrl });
    if (!result.ok) {
      showProblem(
        {},
        { tone: "danger", text: signInFailureMessage(result.failure, result.retryAfterSeconds) },
      );
      return false;
    }
    navigate(callbackUrl);
    return true;
  }

  return (
    <ClientForm {...formProps(submit)} className="flex flex-col gap-5">
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
