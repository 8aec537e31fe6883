/**
 * How long the page's first painted frame took to reach the screen, read from a Lighthouse trace.
 *
 * Headless Chromium on this machine sometimes holds a finished first frame back for a whole
 * second. In a trace of such a run (2026-12-04) the renderer painted and committed the frame at
 * 0.29 s and went idle, but viz had stopped sending it BeginFrames at 0.26 s
 * (`ThrottleUndrawnFrames`: frames it submitted before its content were not drawn) and sent the
 * next one at 1.28 s, its one-a-second pace for throttled clients. Lighthouse's simulation counts
 * everything that happened before the late first paint, so such a run loses 5–8 points for a
 * delay no user of the page sees. A one-second stall of the same kind (`ThrottleUnresponsiveClient`)
 * is reported upstream as GoogleChrome/lighthouse#17148, on PageSpeed Insights too. A run measures
 * the page only when its first frame reached the screen soon after it was painted.
 */
export interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  args?: {
    frame?: string;
    data?: { frame?: string; isLoadingMainFrame?: boolean; documentLoaderURL?: string };
  };
}

/** Longer than any raster and presentation of this app's first frame (about 50 ms when healthy). */
export const HELD_BACK_MS = 500;

export interface FirstFrame {
  /** When the renderer finished painting the page's first frame, ms after navigation start. */
  paintedMs: number;
  /** When that frame was on screen (the trace's first paint), ms after navigation start. */
  onScreenMs: number;
  /** The compositor kept a finished frame off the screen: the run measures that, not the page. */
  heldBack: boolean;
}

/** Undefined when the trace lacks the events (no navigation, no paint): nothing to judge by. */
export function firstFrame(events: readonly TraceEvent[]): FirstFrame | undefined {
  // The page's own navigation (the trace also holds blank documents Chromium loads alongside).
  const navigation = events.find(
    (e) =>
      e.name === "navigationStart" &&
      e.args?.data?.isLoadingMainFrame === true &&
      /^https?:/.test(e.args.data.documentLoaderURL ?? ""),
  );
  const frame = navigation?.args?.frame;
  if (!navigation || !frame) return undefined;
  const after = (e: TraceEvent) => e.ts >= navigation.ts;
  const firstPaint = events.find(
    (e) => e.name === "firstPaint" && e.args?.frame === frame && after(e),
  );
  const paints = events.filter(
    (e) => e.name === "Paint" && e.args?.data?.frame === frame && after(e),
  );
  const painted = paints.reduce<TraceEvent | undefined>(
    (first, e) => (first === undefined || e.ts < first.ts ? e : first),
    undefined,
  );
  if (!firstPaint || !painted) return undefined;
  const paintedMs = (painted.ts + (painted.dur ?? 0) - navigation.ts) / 1000;
  const onScreenMs = (firstPaint.ts - navigation.ts) / 1000;
  return { paintedMs, onScreenMs, heldBack: onScreenMs - paintedMs > HELD_BACK_MS };
}
