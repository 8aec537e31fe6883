import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

import { repoRoot } from "@dishpatch/deploy-checks/paths";

import type { Figure } from "./figures";
import { mark } from "./figures";

function installedVersion(name: string): string {
  const file = join(repoRoot, "apps", "web", "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

export function machineLines(): string[] {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? "unknown"}), ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory — a 2-core machine shared with other ` +
      `work, so absolute numbers are noisy; the ratios and round trips are the stable part.`,
    `- Node ${process.version}, Next.js ${installedVersion("next")}, ` +
      `tRPC ${installedVersion("@trpc/server")}, React ${installedVersion("react")}`,
  ];
}

function table(figures: Figure[]): string[] {
  const rows = figures.map((f) => [f.name, f.value, f.budget || "–", mark(f.pass)]);
  return [
    "| figure | measured | budget | |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`),
  ];
}

export function printFigures(figures: Figure[]) {
  const width = (pick: (f: Figure) => string) => Math.max(...figures.map((f) => pick(f).length));
  const [n, v, b] = [width((f) => f.name), width((f) => f.value), width((f) => f.budget)];
  let section = "";
  for (const f of figures) {
    if (f.section !== section) {
      section = f.section;
      console.log(`\n── ${section}`);
    }
    console.log(
      `  ${f.name.padEnd(n)}  ${f.value.padEnd(v)}  ${f.budget.padEnd(b)}  ${mark(f.pass)}`,
    );
  }
}

/** BENCHMARKS.md: the machine, then one table per section, then how each figure is measured. */
export async function writeBenchmarks(figures: Figure[], method: string[], notes: string[]) {
  const sections = [...new Set(figures.map((f) => f.section))];
  const failed = figures.filter((f) => f.pass === false);
  const lines = [
    "# Benchmarks",
    "",
    "Written by `pnpm bench` (packages/bench); rerun it to refresh every number below.",
    "",
    ...machineLines(),
    "",
    failed.length === 0
      ? "**Every budget met.**"
      : `**${failed.length} budget(s) missed:** ${failed.map((f) => `${f.section}: ${f.name}`).join("; ")}.`,
    "",
  ];
  for (const section of sections) {
    lines.push(`## ${section}`, "", ...table(figures.filter((f) => f.section === section)), "");
  }
  lines.push("## How it is measured", "", ...method, "");
  if (notes.length > 0) lines.push("## Notes", "", ...notes, "");
  await writeFile(join(repoRoot, "BENCHMARKS.md"), lines.join("\n"));
}
