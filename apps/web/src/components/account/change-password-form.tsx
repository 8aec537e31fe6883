"use client";

import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@dishpatch/ui";
import { changePasswordInput } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import type { FormAlertMessage } from "~/components/form/form-alert";
import type { ApiProblem } from "~/lib/api-problem";
import type { FieldMessages } from "~/lib/form";
import { retryIn } from "~/auth/retry";
import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { apiProblem } from "~/lib/api-problem";
import { formText, hasMessages, serverFieldMessages, zodFieldMessages } from "~/lib/form";
import { useTRPC } from "~/trpc/react";

const fields = ["currentPassword", "newPassword", "confirmPassword"] as const;
type Field = (typeof fields)[number];

/**
 * Changes the password. The API ends every other session and gives this one a fresh
 * cookie, so the person stays signed in here.
 */
export function ChangePasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const changePassword = useMutation(trpc.auth.changePassword.mutationOptions());
  const { pending, errors, alert, setAlert, showProblem, clearProblems, formProps } =
    useManagedForm(fields);

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const values = {
      currentPassword: formText(data, "currentPassword"),
      newPassword: formText(data, "newPassword"),
    };
    const confirmPassword = formText(data, "confirmPassword");
    const parsed = changePasswordInput.safeParse(values);
    const messages: FieldMessages<Field> = parsed.success
      ? {}
      : zodFieldMessages(parsed.error, fields);
    if (confirmPassword !== values.newPassword) {
      messages.confirmPassword = confirmPassword
        ? "The passwords don't match"
        : "Enter the new password again";
    }
    if (!parsed.success || hasMessages(messages)) {
      showProblem(messages);
      return false;
    }
    clearProblems();

    try {
      await changePassword.mutateAsync(parsed.data);
    } catch (error) {
      const problem = apiProblem(error);
      const serverMessages = serverFieldMessages(problem.fieldErrors, fields);
      if (hasMessages(serverMessages)) showProblem(serverMessages);
      else showProblem({}, { tone: "danger", ...problemAlert(problem) });
      return false;
    }
    form.reset();
    setAlert({ tone: "success", text: "Password changed. Other devices have been signed out." });
    // Nothing cached shows the password, but this session's cookie has just been replaced.
    void queryClient.invalidateQueries();
    return false;
  }

  return (
    <Card aria-labelledby="password-title">
      <CardHeader>
        <CardTitle id="password-title">Password</CardTitle>
        <CardDescription>Changing it signs you out on every other device.</CardDescription>
      </CardHeader>
      <CardContent>
        <ClientForm
          {...formProps(submit)}
          aria-labelledby="password-title"
          className="flex flex-col gap-5"
        >
          <FormAlert alert={alert} />
          <TextField
            name="currentPassword"
            label="Current password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={128}
            error={errors.currentPassword}
          />
          <TextField
            name="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            maxLength={128}
            hint="8–128 characters"
            error={errors.newPassword}
          />
          <TextField
            name="confirmPassword"
            label="Confirm new password"
            type="password"
            autoComplete="new-password"
            required
            maxLength={128}
            error={errors.confirmPassword}
          />
          <Button type="submit" disabled={pending} className="self-start">
            {pending ? "Changing password…" : "Change password"}
          </Button>
        </ClientForm>
      </CardContent>
    </Card>
  );
}

function problemAlert(problem: ApiProblem): Omit<FormAlertMessage, "tone"> {
  switch (problem.code) {
    case "TOO_MANY_REQUESTS":
      return { text: `Too many attempts, try again ${retryIn(problem.retryAfterSeconds)}.` };
    case "UNAUTHORIZED":
    case "CONFLICT":
      // The session ended meanwhile (signed out everywhere, or changed elsewhere).
      return {
        text: problem.message,
        link: { href: "/sign-in?callbackUrl=/account", label: "Sign in again" },
      };
    default:
      // E.g. "The current password is not correct.", which the API sends without a field.
      return { text: problem.message };
  }
}
