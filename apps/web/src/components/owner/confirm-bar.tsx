import { Button } from "@dishpatch/ui";

/**
 * Asks before a destructive step, in place. Focus starts on the safe choice, so a stray Enter
 * keeps things as they are.
 */
export function ConfirmBar({
  label,
  question,
  confirmText,
  pendingText,
  pending,
  onConfirm,
  onCancel,
  cancelText = "Keep",
}: {
  /** Names the group for screen readers, e.g. "Confirm removing Ada". */
  label: string;
  question: string;
  confirmText: string;
  pendingText: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  cancelText?: string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex flex-wrap items-center gap-2 rounded-lg bg-muted p-3 text-sm"
    >
      <span className="mr-auto">{question}</span>
      <Button
        size="sm"
        className="bg-danger text-white hover:bg-danger/90"
        disabled={pending}
        onClick={onConfirm}
      >
        {pending ? pendingText : confirmText}
      </Button>
      <Button size="sm" variant="ghost" autoFocus onClick={onCancel}>
        {cancelText}
      </Button>
    </div>
  );
}
