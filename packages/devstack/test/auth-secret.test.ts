import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { localAuthSecret } from "../src/auth-secret";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), "auth-secret-"));
  dirs.push(dir);
  return join(dir, "nested", "auth-secret");
}

describe("localAuthSecret", () => {
  it("makes a long random secret once, private to the owner, and reuses it", () => {
    const file = tempFile();
    const first = localAuthSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(localAuthSecret(file)).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localAuthSecret(tempFile())).not.toBe(first);
  });

  it("replaces a saved value too short to be a secret", () => {
    const file = tempFile();
    localAuthSecret(file);
    writeFileSync(file, "short\n");
    const replaced = localAuthSecret(file);
    expect(replaced).not.toBe("short");
    expect(readFileSync(file, "utf8").trim()).toBe(replaced);
  });
});
