"use client";

import { Button } from "@dishpatch/ui";
import { useState } from "react";

/**
 * A destructive action that asks once more in place (no modal): the first press shows
 * "Yes, delete" and "Keep"; focus moves to the confirmation so keyboard users land on it.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  disabled,
  onConfirm,
}: {
  /** The visible, accessible name of the first button, e.g. "Delete Desserts". */
  label: string;
  confirmLabel: string;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button
        variant="ghost"
        size="sm"
        disabled={disabled}
        onClick={() => {
          setAsking(true);
        }}
      >
        {label}
      </Button>
    );
  }
  return (
    <span className="inline-flex gap-1">
      <Button
        size="sm"
        className="bg-danger text-white hover:bg-danger/90"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          setAsking(false);
        }}
      >
        Keep
      </Button>
    </span>
  );
}
