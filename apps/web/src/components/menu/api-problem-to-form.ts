import type { FormAlertMessage } from "~/components/form/form-alert";
import type { FieldMessages } from "~/lib/form";
import { apiProblem } from "~/lib/api-problem";
import { hasMessages, serverFieldMessages } from "~/lib/form";

/**
 * Shows a refused save where it belongs: next to the fields the API named, or else as the
 * form's alert with the API's message (e.g. CONFLICT "This category still has items").
 */
export function showApiProblem<TField extends string>(
  error: unknown,
  fields: readonly TField[],
  showProblem: (messages: FieldMessages<TField>, alert?: FormAlertMessage | null) => void,
): string {
  const problem = apiProblem(error);
  const messages = serverFieldMessages(problem.fieldErrors, fields);
  if (hasMessages(messages)) showProblem(messages);
  else showProblem({}, { tone: "danger", text: problem.message });
  return problem.message;
}
