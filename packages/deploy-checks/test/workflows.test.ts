import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { repoRoot } from "../src/paths";
import { lintWorkflow, lintWorkflowDir } from "../src/workflows";

const valid = `name: Example
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "\${{ github.sha }}"
`;

describe("the repository's workflows", () => {
  it("pass actionlint and the pinning rule", async () => {
    const { files, problems } = await lintWorkflowDir(join(repoRoot, ".github", "workflows"));
    expect(files).toEqual(expect.arrayContaining(["ci.yml", "preview.yml", "production.yml"]));
    expect(problems).toEqual([]);
  }, 30_000);
});

describe("lintWorkflow", () => {
  it("accepts a valid workflow", async () => {
    expect(await lintWorkflow("ok.yml", valid)).toEqual([]);
  });

  it("catches an unknown context in an expression", async () => {
    const text = valid.replace("github.sha", "githb.sha");
    const problems = await lintWorkflow("typo.yml", text);
    expect(problems.map((p) => [p.line, p.kind])).toEqual([[10, "expression"]]);
  });

  it("catches a reference to a step output that cannot exist", async () => {
    const text = valid.replace("github.sha", "steps.deploy.outputs.url");
    expect((await lintWorkflow("steps.yml", text)).map((p) => p.kind)).toEqual(["expression"]);
  });

  it("catches a job that needs a job that does not exist", async () => {
    const text = valid.replace(
      "    runs-on: ubuntu-latest",
      "    needs: [tests]\n    runs-on: ubuntu-latest",
    );
    expect((await lintWorkflow("needs.yml", text)).map((p) => p.kind)).toEqual(["job-needs"]);
  });

  it("catches an unknown permission and an invalid trigger", async () => {
    const text = valid.replace("contents: read", "content: read").replace("on: push", "on: pushed");
    const kinds = (await lintWorkflow("syntax.yml", text)).map((p) => p.kind).sort();
    expect(kinds).toEqual(["events", "permissions"]);
  });

  it("catches actions pinned to a branch or not pinned at all", async () => {
    const text = valid.replace(
      "      - uses: actions/checkout@v4",
      "      - uses: actions/checkout@main\n      - uses: actions/setup-node",
    );
    const problems = (await lintWorkflow("pins.yml", text)).filter((p) => p.kind === "pinning");
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [9, '"actions/checkout@main" must be pinned to a release (e.g. @v4) or a commit SHA'],
      [10, '"actions/setup-node" must be pinned to a release (e.g. @v4) or a commit SHA'],
    ]);
  });

  it("accepts release tags, commit SHAs and local actions", async () => {
    const text = valid.replace(
      "      - uses: actions/checkout@v4",
      [
        "      - uses: actions/checkout@v4.2.2",
        "      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020",
        "      - uses: ./.github/actions/local",
      ].join("\n"),
    );
    expect((await lintWorkflow("ok.yml", text)).filter((p) => p.kind === "pinning")).toEqual([]);
  });
});
