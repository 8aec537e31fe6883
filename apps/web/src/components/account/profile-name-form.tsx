"use client";

import { Button } from "@dishpatch/ui";
import { updateProfileInput } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
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
  const { pending, errors, alert, setAlert, showProblem, clearProblems, formProps } =
    useManagedForm(fields, { clearAlertOnEdit: true });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const parsed = updateProfileInput.safeParse({ name: formText(new FormData(form), "name") });
    if (!parsed.success) {
      showProblem(zodFieldMessages(parsed.error, fields));
      return false;
    }
    clearProblems();
    try {
      const viewer = await updateProfile.mutateAsync(parsed.data);
      queryClient.setQueryData(trpc.auth.me.queryKey(), viewer);
      // The header is a server component: re-render it with the new name.
      router.refresh();
      setAlert({ tone: "success", text: "Profile saved." });
    } catch (error) {
      const problem = apiProblem(error);
      const messages = serverFieldMessages(problem.fieldErrors, fields);
      if (hasMessages(messages)) showProblem(messages);
      else showProblem({}, { tone: "danger", text: problem.message });
    }
    return false;
  }

  return (
    <ClientForm {...formProps(submit)} aria-label="Profile" className="flex flex-col gap-4">
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
