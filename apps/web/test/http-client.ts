/** A tiny cookie-keeping HTTP client for wire-level tests of the built app. */
export class Browserless {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    /** Sent as the platform's client-address header, so each test is its own client. */
    readonly clientIp = `10.${rand()}.${rand()}.${rand()}`,
    /** Sent on every request, e.g. `x-forwarded-proto: https` to act as if behind TLS. */
    readonly defaultHeaders: Record<string, string> = {},
  ) {}

  cookie(name: string) {
    return this.cookies.get(name);
  }

  async fetch(path: string, init: RequestInit = {}) {
    const headers = new Headers({ ...this.defaultHeaders });
    new Headers(init.headers).forEach((value, key) => {
      headers.set(key, value);
    });
    headers.set("x-real-ip", this.clientIp);
    if (this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    const res = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** A tRPC mutation as a plain (non-batched, non-streamed) POST. */
  mutation(path: string, input: unknown, headers: Record<string, string> = {}) {
    return this.fetch(`/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ json: input }),
    });
  }

  async query<T>(path: string): Promise<T> {
    const res = await this.fetch(`/api/trpc/${path}`);
    const body = (await res.json()) as { result: { data: { json: T } } };
    return body.result.data.json;
  }

  /** Auth.js credentials sign-in, as the sign-in form does it. */
  async signIn(email: string, password: string) {
    const csrf = await this.fetch("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    return this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/account" }),
    });
  }
}

function rand() {
  return Math.floor(Math.random() * 250) + 1;
}
