/**
 * The client must never pull server code into a bundle: it takes only types from
 * `@dishpatch/api`, plus the batch limit from its import-free `limits` module. (Its own
 * runtime dependencies — tRPC, superjson, eventsource — stay external here.)
 */
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const packageDir = new URL("..", import.meta.url).pathname;

async function bundle() {
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: ["src/index.ts"],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: ["@trpc/*", "superjson", "eventsource"],
    logLevel: "silent",
  });
  return { code: result.outputFiles[0]?.text ?? "", inputs: Object.keys(result.metafile.inputs) };
}

describe("client bundle", () => {
  it("contains only the client and the API's limits module", async () => {
    const { code, inputs } = await bundle();
    const outside = inputs.filter((path) => !path.startsWith("src/"));
    expect(outside).toEqual(["../api/src/limits.ts"]);
    expect(code).toContain("createTRPCClient");
    for (const serverOnly of ["drizzle", "neondatabase", "pbkdf2", "zod", "upstash", "appRouter"]) {
      expect(code).not.toContain(serverOnly);
    }
  });
});
