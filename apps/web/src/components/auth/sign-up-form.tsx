"use client";

import { Button } from "@dishpatch/ui";
import { signUpInput } from "@dishpatch/validators";
import { useMutation } from "@tanstack/react-query";

import { authPageHref } from "~/auth/callback-url";
import { signInWithCredentials } from "~/auth/credentials-sign-in";
import { retryIn } from "~/auth/retry";
import { signInFailureMessage } from "~/auth/sign-in-messages";
import { useAuthNavigation } from "~/auth/use-auth-navigation";
import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { apiProblem } from "~/lib/api-problem";
import { formText, hasMessages, serverFieldMessages, zodFieldMessages } from "~/lib/form";
import { useTRPC } from "~/trpc/react";

const fields = ["name", "email", "password"] as const;

/** Creates the account, signs in with it and returns to `callbackUrl`. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const navigate = useAuthNavigation();
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields);
  const signInHref = authPageHref("/sign-in", callbackUrl);

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const values = {
      name: formText(data, "name"),
      email: formText(data, "email"),
      password: formText(data, "password"),
    };
    // Checked here first, with the API's own schema: no request for input it would refuse.
    const parsed = signUpInput.safeParse(values);
    if (!parsed.success) {
      showProblem(zodFieldMessages(parsed.error, fields));
      return false;
    }
    clearProblems();

    try {
      await signUp.mutateAsync(parsed.data);
    } catch (error) {
      const problem = apiProblem(error);
      const fieldMessages = serverFieldMessages(problem.fieldErrors, fields);
      if (hasMessages(fieldMessages)) {
        showProblem(fieldMessages);
      } else if (problem.code === "CONFLICT") {
        showProblem(
          {},
          {
            tone: "danger",
            text: "An account with this email already exists.",
            link: { href: signInHref, label: "Sign in instead" },
          },
        );
      } else if (problem.code === "TOO_MANY_REQUESTS") {
        showProblem(
          {},
          {
            tone: "danger",
            text: `Too many accounts were created from your network. Try again ${retryIn(problem.retryAfterSeconds)}.`,
          },
        );
      } else {
        showProblem({}, { tone: "danger", text: problem.message });
      }
      return false;
    }

    const signedIn = await signInWithCredentials({
      email: parsed.data.email,
      password: parsed.data.password,
      callbackUrl,
    });
    if (!signedIn.ok) {
      // The account exists now; only the automatic sign-in failed (e.g. a rate limit).
      showProblem(
        {},
        {
          tone: "danger",
          text: `Your account was created, but we couldn't sign you in: ${signInFailureMessage(signedIn.failure, signedIn.retryAfterSeconds)}`,
          link: { href: signInHref, label: "Go to sign in" },
        },
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
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        error={errors.name}
      />
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
        autoComplete="new-password"
        required
        maxLength={128}
        hint="8–128 characters"
        error={errors.password}
      />
      <Button type="submit" size="lg" disabled={pending} className="w-full">
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </ClientForm>
  );
}
