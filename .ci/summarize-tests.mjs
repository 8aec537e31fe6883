// Sums the JSON reports every test suite writes to <package>/test-results/vitest.json.
// A package with a `test` script but no report counts as one failure: its suite crashed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

for (const group of ["apps", "packages"]) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    const pkgFile = join(dir, "package.json");
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    if (!pkg.scripts?.test) continue;
    const report = join(dir, "test-results", "vitest.json");
    if (!existsSync(report)) {
      totals.failed += 1;
      lines.push(`${pkg.name}: no report (the suite did not run to the end)`);
      continue;
    }
    const r = JSON.parse(readFileSync(report, "utf8"));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // A suite that fails to load has failed test files but may count no failed tests.
    const failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? 1 : 0);
    totals.passed += r.numPassedTests;
    totals.failed += failed;
    totals.skipped += skipped;
    lines.push(`${pkg.name}: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
  }
}

for (const line of lines) console.log(line);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : "";
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
