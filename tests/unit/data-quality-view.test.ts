import { describe, expect, it } from 'vitest';
import type { Anomaly, Plan } from '../../src/model/schema.ts';
import { qualityView } from '../../src/site/views/data-quality.ts';

const note = (file: string, kind: Anomaly['kind'], severity: Anomaly['severity']) =>
  ({ file, kind, severity }) as Anomaly;

describe('qualityView', () => {
  const notes = [
    note('ford.pdf', 'id-inferred', 'repair'),
    note('ford.pdf', 'date-missing', 'warning'),
    note('ford.pdf', 'id-inferred', 'repair'),
    note('scan.pdf', 'unreadable', 'error'),
    note('elmley.docx', 'date-missing', 'warning'),
    note('elmley.docx', 'heading-moved', 'repair'),
  ];
  const byFile = new Map([
    ['elmley.docx', notes.filter((n) => n.file === 'elmley.docx')],
    ['ford.pdf', notes.filter((n) => n.file === 'ford.pdf')],
    ['scan.pdf', notes.filter((n) => n.file === 'scan.pdf')],
  ]);
  const plans = [{ id: 'ford-2016', source: 'ford.pdf' } as Plan, { id: 'elmley-2019', source: 'elmley.docx' } as Plan];
  const view = qualityView(notes, byFile, plans);

  it('counts the notes by severity and by kind, most frequent first, a tie by code', () => {
    expect(view.counts).toEqual({ repair: 3, warning: 2, error: 1 });
    expect(view.kinds).toEqual([
      { kind: 'date-missing', severity: 'warning', count: 2 },
      { kind: 'id-inferred', severity: 'repair', count: 2 },
      { kind: 'heading-moved', severity: 'repair', count: 1 },
      { kind: 'unreadable', severity: 'error', count: 1 },
    ]);
  });

  it('counts each document’s notes, names its plan, and lists apart the documents that could not be read', () => {
    expect(view.documents.map((d) => [d.file, d.plan?.id, d.repairs, d.warnings, d.errors, d.notes.length])).toEqual([
      ['elmley.docx', 'elmley-2019', 1, 1, 0, 2],
      ['ford.pdf', 'ford-2016', 2, 1, 0, 3],
      ['scan.pdf', undefined, 0, 0, 1, 1],
    ]);
    expect(view.unread.map((d) => d.file)).toEqual(['scan.pdf']);
  });
});
