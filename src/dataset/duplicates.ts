// The same plan in two files — the Word document and the PDF made from it, or
// a text copy — is published once. Which is kept: the Word document (read most
// faithfully: its table is the one the plan was written in), then OpenDocument,
// then PDF, then text. The file set aside is named in a warning.
import { establishmentId } from './establishments.ts';
import { note } from '../model/notes.ts';
import type { ParsedDocument } from '../parse/document.ts';
import type { SourceFormat } from '../documents/readers/source.ts';

export interface ReadDocument {
  format: SourceFormat;
  parsed: ParsedDocument;
}

const RANK: Record<SourceFormat, number> = { docx: 0, odt: 1, pdf: 2, text: 3 };
const FORMAT_NAME: Record<SourceFormat, string> = {
  docx: 'Word document',
  odt: 'OpenDocument file',
  pdf: 'PDF',
  text: 'text file',
};

const stem = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase();

/** What makes two files the same plan: the establishment and the dates it prints. */
function planKey(d: ParsedDocument): string | null {
  const p = d.plan;
  if (!p) return null;
  const dates = [p.inspectionStart, p.inspectionEnd, p.reportPublished, p.planSubmitted];
  if (dates.every((x) => x === null)) return null;
  return [establishmentId(p.establishment), p.kind, ...dates].join('|');
}

/**
 * Documents in folder order, with each duplicate plan replaced by a warning.
 * Files of one format that print the same plan are left to the dataset (they
 * are numbered apart, as before); a duplicate is the same plan in another
 * format, or in a file of the same name with another extension.
 */
export function dropDuplicates(docs: ReadDocument[]): ParsedDocument[] {
  const groups = new Map<string, ReadDocument[]>();
  for (const d of docs) {
    if (!d.parsed.plan) continue;
    for (const key of [`name:${stem(d.parsed.source)}`, `plan:${planKey(d.parsed)}`]) {
      if (key === 'plan:null') continue;
      const g = groups.get(key) ?? [];
      g.push(d);
      groups.set(key, g);
    }
  }
  const dropped = new Map<ReadDocument, ReadDocument>();
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    if (key.startsWith('plan:') && new Set(group.map((d) => d.format)).size < 2) continue;
    const best = [...group].sort((a, b) => RANK[a.format] - RANK[b.format])[0]!;
    for (const d of group) if (d !== best && !dropped.has(d) && !dropped.has(best)) dropped.set(d, best);
  }
  return docs.map((d) => {
    const kept = dropped.get(d);
    if (!kept) return d.parsed;
    const why =
      d.format === kept.format
        ? 'the first file is kept'
        : `a ${FORMAT_NAME[kept.format]} is kept before a ${FORMAT_NAME[d.format]}, as the most faithful copy`;
    return {
      source: d.parsed.source,
      plan: null,
      notes: [
        note(
          0,
          'duplicate-plan',
          `This is the same plan as "${kept.parsed.source}" (the same establishment and dates), so it was not published a second time: ${why}. Remove one of the two files from the plans folder.`,
        ),
      ],
    };
  });
}
