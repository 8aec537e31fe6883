import { describe, expect, it } from "vitest";

import { firstFrame, type TraceEvent } from "../src/first-frame";

const page = "PAGE";
const start = 1_000_000; // trace timestamps are microseconds

/** A trace of one navigation: the renderer paints at `paintedMs`, the frame shows at `shownMs`. */
function trace(paintedMs: number, shownMs: number): TraceEvent[] {
  return [
    {
      name: "navigationStart",
      ts: start,
      args: {
        frame: page,
        data: { isLoadingMainFrame: true, documentLoaderURL: "http://127.0.0.1/r/la-tavola" },
      },
    },
    // A later paint of the same page and a paint of another frame must not count as the first.
    {
      name: "Paint",
      ts: start + paintedMs * 1000 + 40_000,
      dur: 500,
      args: { data: { frame: page } },
    },
    { name: "Paint", ts: start + 10_000, dur: 100, args: { data: { frame: "IFRAME" } } },
    {
      name: "Paint",
      ts: start + paintedMs * 1000 - 2000,
      dur: 2000,
      args: { data: { frame: page } },
    },
    { name: "firstPaint", ts: start + shownMs * 1000, args: { frame: page } },
  ];
}

describe("firstFrame", () => {
  it("passes a run whose first frame reached the screen soon after it was painted", () => {
    expect(firstFrame(trace(205, 260))).toEqual({
      paintedMs: 205,
      onScreenMs: 260,
      heldBack: false,
    });
  });

  it("flags a run whose painted frame waited a second to reach the screen", () => {
    expect(firstFrame(trace(293, 1291))).toEqual({
      paintedMs: 293,
      onScreenMs: 1291,
      heldBack: true,
    });
  });

  it("does not flag a page that was slow to paint but shown at once", () => {
    expect(firstFrame(trace(1255, 1300))?.heldBack).toBe(false);
  });

  it("judges by the page's own navigation, not a blank document loaded alongside", () => {
    const blank: TraceEvent = {
      name: "navigationStart",
      ts: start - 5000,
      args: { frame: "BLANK", data: { isLoadingMainFrame: true, documentLoaderURL: "" } },
    };
    expect(firstFrame([blank, ...trace(205, 1300)])?.heldBack).toBe(true);
  });

  it("has no answer when the trace holds no paint", () => {
    expect(firstFrame(trace(205, 260).filter((e) => e.name !== "Paint"))).toBeUndefined();
  });
});
