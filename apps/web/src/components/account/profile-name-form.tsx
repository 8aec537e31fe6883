"use client";

import type { SubmitEvent } from "react";
import { Button } from "@dishpatch/ui";
import { updateProfileInput } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import type { FormAlertMessage } from "~/components/form/form-alert";
import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useFieldErrors } from "~/components/form/use-field-errors";
import { useFocusProblem, useSubmission } from "~/components/form/use-submission";
import { apiProblem } from "~/lib/api-problem";
import { formText, hasMessages, serverFieldMessages, zodFieldMessages } from "~/lib/form";
import { useTRPC } from "~/trpc/react";

const fields = ["name"] as const;

/** Renames the account; the header shows the new name at once. */
export function ProfileNameForm({ name }: { name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const updateProfile = useMutation(trpc.auth.updateProfile.mutationOptions());
  const formRef = useRef<HTMLFormElement>(null);
  const focusProblem = useFocusProblem(formRef);
  const { pending, run } = useSubmission();
  const { errors, setErrors, clearFor } = useFieldErrors(fields);
  const [alert, setAlert] = useState<FormAlertMessage | null>(null);

  async function submit(form: HTMLFormElement): Promise<boolean> {
    setAlert(null);
    const parsed = updateProfileInput.safeParse({ name: formText(new FormData(form), "name") });
    if (!parsed.success) {
      setErrors(zodFieldMessages(parsed.error, fields));
      focusProblem();
      return false;
    }
    setErrors({});
    try {
      const viewer = await updateProfile.mutateAsync(parsed.data);
      queryClient.setQueryData(trpc.auth.me.queryKey(), viewer);
      // The header is a server component: re-render it with the new name.
      router.refresh();
      setAlert({ tone: "success", text: "Profile saved." });
    } catch (error) {
      const problem = apiProblem(error);
      const messages = serverFieldMessages(problem.fieldErrors, fields);
      if (hasMessages(messages)) setErrors(messages);
      else setAlert({ tone: "danger", text: problem.message });
      focusProblem();
    }
    return false;
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
        setAlert(null);
      }}
      aria-busy={pending}
      aria-label="Profile"
      className="flex flex-col gap-4"
    >
      <FormAlert alert={alert} />
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={name}
        error={errors.name}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save name"}
      </Button>
    </ClientForm>
  );
}
