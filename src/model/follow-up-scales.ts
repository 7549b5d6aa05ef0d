// Each kind of follow-up, who makes it, and the closed list of judgements it
// uses, in the words HMIP and HMPPS print. One scale per source: a count never
// mixes two scales, and HMPPS's own updates are never counted with HMIP's verdicts.
import type { FollowUp, FollowUpSource, Item, Verdict } from './schema.ts';

export interface Scale {
  source: FollowUpSource;
  judgedBy: FollowUp['judgedBy'];
  /** The follow-up in words, as a heading: "Independent review of progress". */
  name: string;
  /** Self-reported by HMPPS, not an inspection's judgement: shown apart, never counted with HMIP's. */
  selfReported: boolean;
  /** The judgements, best first, as printed in the reports. */
  verdicts: { verdict: Verdict; label: string }[];
}

export const SCALES: Record<FollowUpSource, Scale> = {
  'full-inspection': {
    source: 'full-inspection',
    judgedBy: 'HMIP',
    name: 'Next full inspection',
    selfReported: false,
    verdicts: [
      { verdict: 'achieved', label: 'Achieved' },
      { verdict: 'partially_achieved', label: 'Partially achieved' },
      { verdict: 'not_achieved', label: 'Not achieved' },
    ],
  },
  irp: {
    source: 'irp',
    judgedBy: 'HMIP',
    name: 'Independent review of progress',
    selfReported: false,
    verdicts: [
      { verdict: 'good_progress', label: 'Good progress' },
      { verdict: 'reasonable_progress', label: 'Reasonable progress' },
      { verdict: 'insufficient_progress', label: 'Insufficient progress' },
      { verdict: 'no_meaningful_progress', label: 'No meaningful progress' },
    ],
  },
  'urgent-notification': {
    source: 'urgent-notification',
    judgedBy: 'HMPPS',
    name: 'Urgent notification action plan',
    selfReported: true,
    verdicts: [
      { verdict: 'agreed', label: 'Agreed' },
      { verdict: 'partly_agreed', label: 'Partly agreed' },
      { verdict: 'not_agreed', label: 'Not agreed' },
    ],
  },
  'hmpps-update': {
    source: 'hmpps-update',
    judgedBy: 'HMPPS',
    name: 'HMPPS progress update',
    selfReported: true,
    verdicts: [
      { verdict: 'completed', label: 'Completed' },
      { verdict: 'ongoing', label: 'Ongoing' },
      { verdict: 'not_started', label: 'Not started' },
    ],
  },
};

export const SOURCES = Object.keys(SCALES) as FollowUpSource[];

/** HMIP's own verdicts: the ones counted as "what the inspectorate found". */
export const INSPECTION_SOURCES: FollowUpSource[] = SOURCES.filter((s) => !SCALES[s].selfReported);

const LABEL = new Map<Verdict, string>(SOURCES.flatMap((s) => SCALES[s].verdicts.map((v) => [v.verdict, v.label])));

/** "reasonable_progress" → "Reasonable progress". */
export const verdictLabel = (v: Verdict) => LABEL.get(v)!;

/** Folded for comparison: any case, any run of spaces, hyphens or underscores as one space. */
export const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** The verdict a judgement as written names on its source's scale, or null. */
export function verdictOf(source: FollowUpSource, judgement: string): Verdict | null {
  const f = fold(judgement);
  return SCALES[source].verdicts.find((v) => fold(v.label) === f)?.verdict ?? null;
}

/** The sources whose scale has this judgement (for a message: "Good progress" is an IRP judgement). */
export function sourcesWith(judgement: string): FollowUpSource[] {
  const f = fold(judgement);
  return SOURCES.filter((s) => SCALES[s].verdicts.some((v) => fold(v.label) === f));
}

/** The item's latest judgement by the inspectorate (a next inspection or a review), or null: HMPPS's own updates are not verdicts. */
export function latestVerdict(item: Pick<Item, 'followUps'>): FollowUp | null {
  let latest: FollowUp | null = null;
  for (const f of item.followUps) if (!SCALES[f.source].selfReported && (!latest || f.date >= latest.date)) latest = f;
  return latest;
}
