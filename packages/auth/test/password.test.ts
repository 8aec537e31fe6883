import { describe, expect, it } from "vitest";

import {
  constantTimeEqual,
  DEFAULT_ITERATIONS,
  hashPassword,
  parsePasswordHash,
  verifyPassword,
} from "../src/password";

describe("hashPassword", () => {
  it("stores PBKDF2-SHA256 with ≥ 600,000 iterations, a 16-byte salt and a 32-byte hash", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const params = parsePasswordHash(stored);
    expect(params?.iterations).toBeGreaterThanOrEqual(600_000);
    expect(params?.salt.length).toBe(16);
    expect(params?.hash.length).toBe(32);
  });

  it("gives two users with the same password different hashes", async () => {
    const [a, b] = await Promise.all([
      hashPassword("same password"),
      hashPassword("same password"),
    ]);
    expect(a).not.toBe(b);
    expect(parsePasswordHash(a)?.salt).not.toEqual(parsePasswordHash(b)?.salt);
  });
});

describe("verifyPassword", () => {
  it("accepts the password and refuses any other", async () => {
    const stored = await hashPassword("s3cret-enough");
    await expect(verifyPassword("s3cret-enough", stored)).resolves.toEqual({
      valid: true,
      needsRehash: false,
    });
    expect((await verifyPassword("s3cret-enougH", stored)).valid).toBe(false);
    expect((await verifyPassword("", stored)).valid).toBe(false);
  });

  it("verifies hashes made at a lower cost and asks for a rehash", async () => {
    const old = await hashPassword("older hash", 1_000);
    await expect(verifyPassword("older hash", old)).resolves.toEqual({
      valid: true,
      needsRehash: true,
    });
    expect(DEFAULT_ITERATIONS).toBe(600_000);
  });

  it("refuses malformed stored values instead of throwing", async () => {
    for (const stored of [
      "",
      "plain",
      "bcrypt$10$x$y",
      "pbkdf2-sha256$abc$AA==$AA==",
      "pbkdf2-sha256$1000$%%%$AA==",
    ]) {
      await expect(verifyPassword("anything", stored)).resolves.toEqual({
        valid: false,
        needsRehash: false,
      });
    }
  });
});

describe("constantTimeEqual", () => {
  it("compares byte arrays of equal and different lengths", () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});

describe("the seeded demo accounts' hash", () => {
  it("verifies the documented demo password at today's cost", async () => {
    const { DEMO_PASSWORD_HASH } = await import("@dishpatch/db/seed");
    await expect(verifyPassword("dishpatch-demo", DEMO_PASSWORD_HASH)).resolves.toEqual({
      valid: true,
      needsRehash: false,
    });
  });
});
