import { retryIn } from "./retry";

/** The reasons a credentials sign-in fails, as the sign-in route reports them. */
export type SignInFailure =
  "invalid_credentials" | "account_suspended" | "rate_limited" | "unavailable";

export function signInFailureMessage(
  failure: SignInFailure,
  retryAfterSeconds: number | null = null,
): string {
  switch (failure) {
    // The same words for an unknown email and a wrong password: no hint which one it was.
    case "invalid_credentials":
      return "Email or password is incorrect.";
    case "account_suspended":
      return "This account has been suspended. Contact support if you think this is a mistake.";
    case "rate_limited":
      return `Too many attempts, try again ${retryIn(retryAfterSeconds)}.`;
    case "unavailable":
      return "Signing in is temporarily unavailable. Please try again in a minute.";
  }
}

export function signInFailureFromCode(code: string | null | undefined): SignInFailure {
  switch (code) {
    case "account_suspended":
    case "rate_limited":
    case "unavailable":
      return code;
    default:
      return "invalid_credentials";
  }
}

/**
 * The message for `?error=…&code=…`, which Auth.js adds when it redirects back to the
 * sign-in page (failed GitHub sign-ins, sign-ins without JavaScript). Null without an error.
 */
export function redirectErrorMessage(
  error: string | null | undefined,
  code: string | null | undefined,
): string | null {
  if (!error) return null;
  switch (error) {
    case "CredentialsSignin":
      return signInFailureMessage(signInFailureFromCode(code));
    case "OAuthAccountNotLinked":
      return "This email already has a Dishpatch account. Sign in with your email and password.";
    case "AccessDenied":
      return "This account can't sign in. If it has been suspended, contact support.";
    case "OAuthCallbackError":
      return "GitHub sign-in did not complete. Please try again.";
    case "MissingCSRF":
      return "The sign-in form had expired. Please try again.";
    case "Configuration":
      return "Signing in is temporarily unavailable. Please try again in a minute.";
    default:
      return "Sign-in did not complete. Please try again.";
  }
}
