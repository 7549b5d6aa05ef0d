// What the home page shows: the plans whose reports came out last.
import type { Plan } from '../../model/schema.ts';

/** The `n` plans with the latest report dates, newest first; a plan without one last; ties in the given order. */
export const latestPlans = (plans: Plan[], n: number): Plan[] =>
  [...plans].sort((a, b) => (b.reportPublished ?? '').localeCompare(a.reportPublished ?? '')).slice(0, n);
