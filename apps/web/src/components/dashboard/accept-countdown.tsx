"use client";

import { useEffect, useState } from "react";

/** Minutes and seconds left to accept a new order before the system expires it. */
export function AcceptCountdown({ deadline }: { deadline: Date }) {
  // Starts from null so the server's HTML and the first client render agree (no clock in SSR).
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => {
      setNow(Date.now());
    };
    // First tick right after mount (in a callback, not during the effect), then every second.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  if (now === null) return <span className="tabular-nums">Accept soon</span>;
  const seconds = Math.max(0, Math.round((deadline.getTime() - now) / 1000));
  if (seconds === 0) return <span className="font-semibold text-danger-foreground">Expiring</span>;
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <span className={seconds < 120 ? "font-semibold text-danger-foreground" : undefined}>
      {/* The visible clock ticks every second; screen readers get it only when they ask. */}
      Accept within <time className="tabular-nums">{text}</time>
    </span>
  );
}
