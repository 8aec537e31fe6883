import type { ScriptRegistry } from "./lua-scripts";
import type { RespValue } from "./resp";

/** Counters the tests use to prove which scripting path a client took. */
export interface ScriptStats {
  /** EVAL / EVAL_RO calls (the client's fallback after NOSCRIPT, or a direct eval). */
  evals: number;
  /** EVALSHA / EVALSHA_RO with a digest we know: served from the registry. */
  evalshaHits: number;
  /** EVALSHA / EVALSHA_RO with an unknown digest: Redis answers NOSCRIPT. */
  evalshaMisses: number;
  scriptLoads: number;
}

export function emptyScriptStats(): ScriptStats {
  return { evals: 0, evalshaHits: 0, evalshaMisses: 0, scriptLoads: 0 };
}

/** What to send to Redis for one REST command, and how to turn the reply back into the client's view. */
export type PreparedCommand =
  { args: string[]; mapReply?: (reply: RespValue) => RespValue } | { error: string };

/**
 * Commands that would change the state of the one Redis connection shared by all HTTP requests,
 * or block it for everyone. Upstash's REST API is stateless per request, so none of these make
 * sense there either (transactions go through /multi-exec).
 */
const REFUSED = new Set([
  "AUTH",
  "HELLO",
  "SELECT",
  "RESET",
  "QUIT",
  "CLIENT",
  "MONITOR",
  "SYNC",
  "PSYNC",
  "MULTI",
  "EXEC",
  "DISCARD",
  "WATCH",
  "UNWATCH",
  "SUBSCRIBE",
  "PSUBSCRIBE",
  "SSUBSCRIBE",
  "UNSUBSCRIBE",
  "PUNSUBSCRIBE",
  "SUNSUBSCRIBE",
  "BLPOP",
  "BRPOP",
  "BRPOPLPUSH",
  "BLMOVE",
  "BLMPOP",
  "BZPOPMIN",
  "BZPOPMAX",
  "BZMPOP",
  "WAIT",
  "WAITAOF",
]);

const bulk = (text: string): RespValue => ({ kind: "bulk", value: Buffer.from(text, "utf8") });

/** Translates one command; scripting commands are rewritten so clients' digests keep working. */
export function prepareCommand(
  args: readonly string[],
  scripts: ScriptRegistry,
  stats: ScriptStats,
): PreparedCommand {
  const [rawName, ...rest] = args;
  if (rawName === undefined || rawName === "") return { error: "ERR empty command" };
  const name = rawName.toUpperCase();
  if (REFUSED.has(name)) {
    return { error: `ERR ${name} is not supported by the devstack Upstash endpoint` };
  }

  switch (name) {
    case "EVAL":
    case "EVAL_RO": {
      const [script, ...evalArgs] = rest;
      if (script === undefined) break;
      stats.evals++;
      return { args: [name, scripts.remember(script).runnable, ...evalArgs] };
    }
    case "EVALSHA":
    case "EVALSHA_RO": {
      const [sha, ...evalArgs] = rest;
      if (sha === undefined) break;
      const known = scripts.lookup(sha);
      if (known === undefined) {
        // Redis itself answers: NOSCRIPT unless the script was loaded into it some other way.
        stats.evalshaMisses++;
        break;
      }
      stats.evalshaHits++;
      return { args: [name === "EVALSHA" ? "EVAL" : "EVAL_RO", known.runnable, ...evalArgs] };
    }
    case "SCRIPT":
      return prepareScriptSubcommand(rest, scripts, stats) ?? { args: [...args] };
    default:
      break;
  }
  return { args: [...args] };
}

function prepareScriptSubcommand(
  rest: readonly string[],
  scripts: ScriptRegistry,
  stats: ScriptStats,
): PreparedCommand | null {
  const [sub, ...subArgs] = rest;
  switch (sub?.toUpperCase()) {
    case "LOAD": {
      const [script] = subArgs;
      if (script === undefined || subArgs.length !== 1) return null;
      stats.scriptLoads++;
      const entry = scripts.remember(script);
      // Load the runnable text (so Redis compiles it now) but answer with the client's digest.
      return {
        args: ["SCRIPT", "LOAD", entry.runnable],
        mapReply: (reply) => (reply.kind === "error" ? reply : bulk(entry.clientSha)),
      };
    }
    case "EXISTS": {
      // Digests we know always "exist" for the client: we can run them via EVAL.
      return {
        args: ["SCRIPT", ...rest],
        mapReply: (reply) => {
          if (reply.kind !== "array" || reply.items === null) return reply;
          return {
            kind: "array",
            items: reply.items.map((item, i) =>
              scripts.lookup(subArgs[i] ?? "") === undefined ? item : { kind: "integer", value: 1 },
            ),
          };
        },
      };
    }
    case "FLUSH":
      scripts.clear();
      return null;
    default:
      return null;
  }
}
