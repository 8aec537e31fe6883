import { createHash } from "node:crypto";

export function sha1Hex(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/**
 * @upstash/ratelimit ≥ 2.1 starts its scripts with `#!lua flags=allow-key-locking`, an Upstash
 * extension that plain Redis rejects ("Unexpected flag in script shebang"). We drop such a shebang
 * line and keep the newline, so line numbers in Lua error messages still match the original.
 */
export function toRunnableScript(script: string): string {
  if (!script.startsWith("#!lua")) return script;
  const newline = script.indexOf("\n");
  const shebang = newline === -1 ? script : script.slice(0, newline);
  if (!shebang.includes("allow-key-locking")) return script;
  return newline === -1 ? "" : script.slice(newline);
}

export interface RegisteredScript {
  /** sha1 of the text the client sent: what it will pass to EVALSHA. */
  clientSha: string;
  /** The text we actually run. */
  runnable: string;
}

/**
 * Clients compute EVALSHA digests from the script text they hold, which is not the text Redis
 * caches once we strip the shebang. So we remember every script by the client's digest and run
 * known digests with EVAL (always works, even inside MULTI or after SCRIPT FLUSH on Redis).
 */
export class ScriptRegistry {
  private readonly scripts = new Map<string, RegisteredScript>();

  remember(script: string): RegisteredScript {
    const clientSha = sha1Hex(script);
    let entry = this.scripts.get(clientSha);
    if (entry === undefined) {
      entry = { clientSha, runnable: toRunnableScript(script) };
      this.scripts.set(clientSha, entry);
    }
    return entry;
  }

  lookup(sha: string): RegisteredScript | undefined {
    return this.scripts.get(sha.toLowerCase());
  }

  clear(): void {
    this.scripts.clear();
  }
}
