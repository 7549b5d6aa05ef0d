// Everything the data quality page shows, worked out once: the notes counted
// by severity, kind and document, the notes printed with the plans, the
// documents not published with their notes, and the follow-up rows left out.
import { placeLabel } from '../../dataset/place.ts';
import { escapeControls } from '../../report/terminal.ts';
import type { SiteData } from '../data.ts';
import { followUpProblemRows, type FollowUpProblemRow } from './follow-up-problems.ts';
import { qualityView, type QualityView } from './data-quality.ts';

export interface DataQualityPage extends QualityView {
  /** Words printed outside a plan's table, each with its plan (a link) or its file. */
  planNotes: { plan: { label: string; url: string } | null; file: string; text: string | null }[];
  /** Each document not published, its name made safe to show, with its notes and where each stands. */
  unreadNotes: { file: string; notes: { place: string; message: string }[] }[];
  leftOut: FollowUpProblemRow[];
}

export function dataQualityPage(data: SiteData): DataQualityPage {
  const view = qualityView(data.anomalies, data.anomaliesByFile, data.plans);
  return {
    ...view,
    planNotes: data.anomalies
      .filter((a) => a.kind === 'plan-note')
      .map((a) => {
        const plan = a.plan ? data.planById.get(a.plan) : undefined;
        return {
          plan: plan ? { label: `${plan.establishmentName} ${plan.year}`, url: plan.url } : null,
          file: a.file,
          text: a.text,
        };
      }),
    unreadNotes: view.unread.map((d) => ({
      file: escapeControls(d.file),
      notes: d.notes.map((a) => ({ place: placeLabel(a), message: a.message })),
    })),
    leftOut: followUpProblemRows(data.followUpProblems),
  };
}
