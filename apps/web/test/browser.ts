import { mkdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { chromium } from "@playwright/test";

import { testEnv } from "./env";

/**
 * Debian's Chromium, headless, with the flags that keep it off the network (this machine has
 * none, and background requests would only add noise and delay).
 */
export async function launchChromium() {
  await mkdir(new URL("../test-results/", import.meta.url), { recursive: true });
  return chromium.launch({
    executablePath: testEnv.chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Saves a full-page screenshot to test-results/<name>.png (kept by CI as an artifact). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({
    path: new URL(`../test-results/${name}.png`, import.meta.url).pathname,
    fullPage: true,
  });
}
