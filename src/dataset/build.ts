// Parsed documents → the dataset: stable plan ids, canonical establishments,
// URLs and item keys, and every note as an anomaly naming its file and plan.
import type { Anomaly, Dataset, Establishment, Plan } from '../model/schema.ts';
import type { ParsedDocument, ParsedPlan } from '../parse/document.ts';
import { compare } from '../model/compare.ts';
import { canonicalName, establishmentId } from './establishments.ts';
import { establishmentOrder, inspectionDate, planOrder } from './order.ts';
import { establishmentUrl, itemSlug, itemUrl, planUrl } from './urls.ts';

/** The year a plan is filed under: the inspection, or failing that the report or plan date. */
export function yearOf(p: ParsedPlan): number | null {
  const date = inspectionDate(p) ?? p.planSubmitted;
  return date ? Number(date.slice(0, 4)) : null;
}

const byDate = (a: ParsedPlan, b: ParsedPlan) =>
  compare(inspectionDate(a) ?? '', inspectionDate(b) ?? '') || compare(a.source, b.source);

export function buildDataset(documents: ParsedDocument[]): Dataset {
  const anomalies: Anomaly[] = [];
  const parsed = documents
    .filter((d): d is ParsedDocument & { plan: ParsedPlan } => d.plan !== null)
    .sort((a, b) => byDate(a.plan, b.plan));

  const plans: Plan[] = [];
  const planIdOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const { plan: p, source } of parsed) {
    const estId = establishmentId(p.establishment);
    let year = yearOf(p);
    if (year === null) {
      anomalies.push({
        file: source,
        line: 0,
        where: null,
        plan: null,
        item: null,
        kind: 'year-missing',
        severity: 'warning',
        message: 'The plan prints no date at all, so it is filed under year 0.',
        text: null,
      });
      year = 0;
    }
    let suffix = '';
    for (let n = 2; taken.has(`${estId}-${year}${suffix}`); n++) suffix = `-${n}`;
    const id = `${estId}-${year}${suffix}`;
    taken.add(id);
    planIdOf.set(source, id);
    const url = planUrl(estId, year, suffix);

    const slugs = new Set<string>();
    const items = p.items.map((item) => {
      let slug = itemSlug(item.id) || 'item';
      for (let n = 2; slugs.has(slug); n++) slug = `${itemSlug(item.id)}-${n}`;
      slugs.add(slug);
      // Themes, links and glossary terms are filled in by the connect step.
      return {
        ...item,
        key: `${id}/${slug}`,
        url: itemUrl(url, slug),
        themes: [],
        themeReasons: [],
        related: [],
        raisedBefore: [],
        raisedAgain: [],
        glossary: [],
        followUps: [], // from the follow-up files, attached after the connect step
      };
    });
    plans.push({
      id,
      source,
      url,
      establishment: p.establishment,
      establishmentId: estId,
      establishmentName: '', // set below, once all of the establishment's plans are known
      kind: p.kind,
      year,
      inspectionStart: p.inspectionStart,
      inspectionEnd: p.inspectionEnd,
      inspectionParts: p.inspectionParts,
      reportPublished: p.reportPublished,
      planSubmitted: p.planSubmitted,
      datesAsWritten: p.datesAsWritten,
      summary: p.summary,
      notes: p.notes,
      signOff: p.signOff,
      items,
    });
  }

  const establishments = new Map<string, Establishment>();
  for (const plan of plans) {
    const e = establishments.get(plan.establishmentId) ?? {
      id: plan.establishmentId,
      name: '',
      namesAsWritten: [],
      planIds: [],
      url: establishmentUrl(plan.establishmentId),
    };
    if (!e.namesAsWritten.includes(plan.establishment)) e.namesAsWritten.push(plan.establishment);
    e.planIds.push(plan.id);
    // Plans are in date order, so the last one seen names the establishment.
    e.name = canonicalName(plan.establishment);
    establishments.set(e.id, e);
  }
  for (const plan of plans) plan.establishmentName = establishments.get(plan.establishmentId)!.name;

  for (const d of documents) {
    for (const n of d.notes) anomalies.push({ file: d.source, plan: planIdOf.get(d.source) ?? null, ...n });
  }
  anomalies.sort((a, b) => compare(a.file, b.file) || a.line - b.line);

  return {
    plans: plans.sort(planOrder),
    establishments: [...establishments.values()].sort(establishmentOrder),
    themes: [],
    glossary: [],
    anomalies,
    followUpProblems: [],
  };
}
