"use client";

import { Button } from "@dishpatch/ui";
import { addStaffInput } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { SelectField } from "~/components/form/select-field";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { apiProblem } from "~/lib/api-problem";
import { formText, hasMessages, serverFieldMessages, zodFieldMessages } from "~/lib/form";
import { useTRPC } from "~/trpc/react";

const fields = ["email", "role"] as const;

/** Adds someone who already has a Dishpatch account, as staff or co-owner. */
export function AddMemberForm({ restaurantId }: { restaurantId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const addStaff = useMutation(trpc.restaurant.addStaff.mutationOptions());
  const { pending, errors, alert, setAlert, showProblem, clearProblems, formProps } =
    useManagedForm(fields, { clearAlertOnEdit: true });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const parsed = addStaffInput.safeParse({
      restaurantId,
      email: formText(data, "email"),
      role: formText(data, "role"),
    });
    if (!parsed.success) {
      showProblem(zodFieldMessages(parsed.error, fields));
      return false;
    }
    clearProblems();
    try {
      const member = await addStaff.mutateAsync(parsed.data);
      await queryClient.invalidateQueries(trpc.restaurant.members.queryFilter({ restaurantId }));
      form.reset();
      setAlert({
        tone: "success",
        text: `${member.name ?? member.email} was added as ${member.role}.`,
      });
    } catch (error) {
      const problem = apiProblem(error);
      const messages = serverFieldMessages(problem.fieldErrors, fields);
      if (hasMessages(messages)) showProblem(messages);
      else showProblem({}, { tone: "danger", text: problem.message });
    }
    return false;
  }

  return (
    <section aria-labelledby="add-member-title" className="flex flex-col gap-3">
      <h2 id="add-member-title" className="text-lg font-semibold">
        Add someone
      </h2>
      <ClientForm
        {...formProps(submit)}
        aria-labelledby="add-member-title"
        className="flex flex-col gap-4 rounded-2xl border border-border bg-card p-4 sm:p-6"
      >
        <FormAlert alert={alert} />
        <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
          <TextField
            name="email"
            label="Email"
            type="email"
            inputMode="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            hint="They need a Dishpatch account already."
            error={errors.email}
          />
          <SelectField name="role" label="Role" defaultValue="staff" error={errors.role}>
            <option value="staff">Staff</option>
            <option value="owner">Owner</option>
          </SelectField>
        </div>
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Adding…" : "Add to restaurant"}
        </Button>
      </ClientForm>
    </section>
  );
}
