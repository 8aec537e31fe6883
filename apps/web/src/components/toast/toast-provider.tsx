"use client";

import type { ReactNode } from "react";
import { cn } from "@dishpatch/ui";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

type Tone = "success" | "danger";
interface Toast {
  id: number;
  tone: Tone;
  text: string;
}

/** How long a toast stays: long enough to read two short sentences. */
const TOAST_MS = 5000;

const ShowToast = createContext<((tone: Tone, text: string) => void) | null>(null);

/**
 * Short notes about what just happened ("Price saved"), announced politely by screen readers
 * (errors at once) and gone after a few seconds. The live region is always in the page, so a
 * note added to it is read out.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback(
    (tone: Tone, text: string) => {
      const id = nextId.current++;
      // At most three at once: a burst of saves should not cover the page.
      setToasts((current) => [...current.slice(-2), { id, tone, text }]);
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        dismiss(id);
      }, TOAST_MS);
      timers.current.add(timer);
    },
    [dismiss],
  );
  useEffect(() => {
    const pending = timers.current;
    return () => {
      pending.forEach(clearTimeout);
    };
  }, []);

  return (
    <ShowToast.Provider value={show}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            role={toast.tone === "danger" ? "alert" : "status"}
            data-testid="toast"
            className={cn(
              "pointer-events-auto flex w-full max-w-sm items-start justify-between gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg",
              toast.tone === "danger"
                ? "border-danger/40 bg-card text-danger-foreground"
                : "border-success/40 bg-card text-success-foreground",
            )}
          >
            <span>{toast.text}</span>
            <button
              type="button"
              className="shrink-0 rounded-sm text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              onClick={() => {
                dismiss(toast.id);
              }}
              aria-label="Dismiss"
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ShowToast.Provider>
  );
}

/** Shows a toast; inside a `ToastProvider` only. */
export function useToast() {
  const show = useContext(ShowToast);
  if (!show) throw new Error("useToast needs a ToastProvider above it");
  return show;
}
