// The order of the dataset's lists, as it is written and as the pages show it.
import { compare } from '../model/compare.ts';
import type { Establishment, GlossaryEntry, Plan, Theme } from '../model/schema.ts';

/** When a plan's inspection was, as near as its document says: the inspection's first day, else the report's date; ISO dates. */
export const inspectionDate = (p: Pick<Plan, 'inspectionStart' | 'reportPublished'>): string | null =>
  p.inspectionStart ?? p.reportPublished;

/** Plans by establishment id, then inspection year, then plan id. */
export const planOrder = (a: Plan, b: Plan) =>
  compare(a.establishmentId, b.establishmentId) || a.year - b.year || compare(a.id, b.id);

/** Establishments by name, then id. */
export const establishmentOrder = (a: Establishment, b: Establishment) =>
  compare(a.name, b.name) || compare(a.id, b.id);

/** Glossary terms alphabetically whatever their case, then by case. */
export const glossaryOrder = (a: Pick<GlossaryEntry, 'term'>, b: Pick<GlossaryEntry, 'term'>) =>
  compare(a.term.toLowerCase(), b.term.toLowerCase()) || compare(a.term, b.term);

/** Themes in their editors' order, then by id. */
export const themeOrder = (a: Theme, b: Theme) => a.order - b.order || compare(a.id, b.id);
