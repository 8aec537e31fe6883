/** One measured number with its budget: a row of the printed table and of BENCHMARKS.md. */
export interface Figure {
  section: string;
  name: string;
  value: string;
  /** Empty when the figure is informational. */
  budget: string;
  /** null: no budget applies (context for other rows). */
  pass: boolean | null;
}

export function mark(pass: boolean | null): string {
  if (pass === null) return "–";
  return pass ? "✓ pass" : "✗ FAIL";
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

/** 1 kB = 1000 bytes, as deploy-checks prints it. */
export { kB } from "@dishpatch/deploy-checks/functions";
