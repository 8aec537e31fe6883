/**
 * Cron schedules as Vercel Cron accepts them: five numeric fields (minute hour day-of-month
 * month day-of-week), evaluated in UTC. Vercel does not accept names (MON, JAN) or the
 * non-standard L, W, # and ? characters, so neither do we.
 */

interface FieldRange {
  name: string;
  min: number;
  max: number;
}

const FIELDS: readonly FieldRange[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12 },
  { name: "day of week", min: 0, max: 6 },
];

const NUMBER = /^\d+$/;

/** Returns why `schedule` is not a valid Vercel cron expression, or null when it is. */
export function cronScheduleProblem(schedule: string): string | null {
  const parts = schedule.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) {
    return `expected 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`;
  }
  for (const [index, field] of FIELDS.entries()) {
    const part = parts[index] ?? "";
    for (const item of part.split(",")) {
      const problem = itemProblem(item, field);
      if (problem) return `${field.name} "${part}": ${problem}`;
    }
  }
  return null;
}

function itemProblem(item: string, field: FieldRange): string | null {
  const [range = "", step, extra] = item.split("/");
  if (extra !== undefined) return "more than one step";
  if (step !== undefined && (!NUMBER.test(step) || Number(step) === 0)) {
    return `step "${step}" must be a positive number`;
  }
  if (range === "*") return null;
  const [from = "", to, more] = range.split("-");
  if (more !== undefined) return `"${range}" is not a range`;
  for (const value of to === undefined ? [from] : [from, to]) {
    if (!NUMBER.test(value)) return `"${value}" is not a number (names are not supported)`;
    const n = Number(value);
    if (n < field.min || n > field.max) return `${n} is outside ${field.min}-${field.max}`;
  }
  if (to !== undefined && Number(to) < Number(from)) return `range "${range}" runs backwards`;
  return null;
}
