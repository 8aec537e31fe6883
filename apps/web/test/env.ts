/** Test-only settings (the one place tests read the environment). */
export const testEnv = {
  /** Debian's Chromium; Playwright's own browser download does not work offline. */
  chromiumPath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  /** Passed on to the app under test (PATH and friends). */
  inherited: { ...process.env },
};
