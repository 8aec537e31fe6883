import { describe, expect, it } from "vitest";

import { changePasswordInput, isCommonPassword, password, signUpInput } from "../src";

describe("signUpInput", () => {
  it("trims and lower-cases the email and trims the name", () => {
    expect(
      signUpInput.parse({ name: "  Ada ", email: " Ada@Example.COM ", password: "long-enough-1" }),
    ).toEqual({ name: "Ada", email: "ada@example.com", password: "long-enough-1" });
  });

  it("reports each bad field by name", () => {
    const result = signUpInput.safeParse({ name: "", email: "nope", password: "short" });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(fields).toEqual(["email", "name", "password"]);
  });
});

describe("password policy", () => {
  it("takes 8 to 128 characters and keeps spaces", () => {
    expect(password.safeParse("1234567").success).toBe(false);
    expect(password.safeParse("x".repeat(129)).success).toBe(false);
    expect(password.parse("  spaced out  ")).toBe("  spaced out  ");
    expect(password.safeParse("x".repeat(128)).success).toBe(true);
  });

  it("refuses common passwords whatever their case", () => {
    expect(isCommonPassword("PassWord123")).toBe(true);
    expect(password.safeParse("Qwertyuiop").success).toBe(false);
    expect(password.safeParse("correct horse battery").success).toBe(true);
  });

  it("wants a new password that differs from the current one", () => {
    const same = changePasswordInput.safeParse({
      currentPassword: "the-same-one",
      newPassword: "the-same-one",
    });
    expect(same.error?.issues[0]?.path).toEqual(["newPassword"]);
  });
});
