// Sums the JSON reports every test suite writes: <package>/test-results/vitest.json for a
// `test` script, <package>/test-results/reliability/vitest.json for `test:reliability`.
// A package with such a script but no report counts as one failure: its suite crashed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
// Every failed test by file and name, with the first line of its error: a red CI run then says
// what failed even when the test output itself was cut from the log.
const failures = [];
const suites = [
  ["test", ["test-results", "vitest.json"]],
  ["test:reliability", ["test-results", "reliability", "vitest.json"]],
];

for (const group of ["apps", "packages"]) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    const pkgFile = join(dir, "package.json");
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    for (const [script, report] of suites) {
      if (!pkg.scripts?.[script]) continue;
      count(`${pkg.name}${script === "test" ? "" : ` (${script})`}`, join(dir, ...report));
    }
  }
}

function count(name, report) {
  if (!existsSync(report)) {
    totals.failed += 1;
    lines.push(`${name}: no report (the suite did not run to the end)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that fails to load has failed test files but may count no failed tests.
  const failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? 1 : 0);
  totals.passed += r.numPassedTests;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${name}: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
  for (const file of r.testResults ?? []) {
    const where = file.name.replace(root, "");
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const test of failedTests) {
      failures.push(`  ✗ ${where} › ${test.fullName}: ${firstLine(test.failureMessages)}`);
    }
    if (file.status === "failed" && failedTests.length === 0) {
      failures.push(`  ✗ ${where}: ${firstLine([file.message])}`);
    }
  }
}

function firstLine(messages) {
  const text = (messages ?? []).find((m) => typeof m === "string" && m.trim() !== "") ?? "";
  return text.trim().split("\n")[0].slice(0, 300);
}

if (failures.length > 0) console.log(["Failed tests:", ...failures].join("\n"));
for (const line of lines) console.log(line);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : "";
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
