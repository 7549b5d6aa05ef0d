// Issue 27's independent variants (tests/fixtures/variants-27): 18 plans, each in Word, in the PDF LibreOffice prints
// of it (narrow columns, headings at the top of a page) and as text, with what a reader of each document sees in
// expected.json, written by someone who had not seen the reader. Every document is read as ingest reads it and set
// against those values: dates, notes, summary, every item's number, kind, text and status, every action's text,
// owner and target.
import { describe, expect, it } from 'vitest';
import { expectedFields, expectedVariants, readVariant, type Expected } from '../support/variants-27.ts';

/**
 * Where expected.json contradicts its own document, the document wins. Oakhurst's first recommendation ends
 * "(1.33)" in all three files; expected.json numbers it "S12", a reference the document never prints.
 */
const DOCUMENT_SAYS: Record<string, (e: Expected) => void> = {
  v12_oakhurst_noref_col: (e) => {
    e.items[0]!.number = '1.33';
  },
};

const cases = expectedVariants().flatMap((e) => e.files.map((file) => [file, e] as const));

describe.each(cases)('%s', (file, entry) => {
  it(`reads it as printed (rule ${entry.rule})`, async () => {
    const e = structuredClone(entry);
    DOCUMENT_SAYS[file.replace(/\.\w+$/, '')]?.(e);
    const { plan, fields } = await readVariant(file);
    expect(plan).not.toBeNull();
    const want = expectedFields(e) as Record<string, unknown> & { items: { number: string }[] };
    const got = fields as typeof want;
    // The items that differ, by number, first: a failure then says where.
    const differ = want.items.filter((w, k) => JSON.stringify(got.items[k]) !== JSON.stringify(w)).map((w) => w.number);
    expect(differ).toEqual([]);
    expect({ ...got, items: got.items.length }).toEqual({ ...want, items: want.items.length });
  });
});

describe('what the reader notes on the variants', () => {
  it('notes the damage of a UTF-16 text with a stray last byte, and of one with a lone surrogate, and reads both', async () => {
    const stray = await readVariant('v17_thornbury_utf16stray.txt');
    expect(stray.anomalies.filter((a) => a.kind === 'encoding-damaged').map((a) => a.message)).toEqual([
      "The file's UTF-16 (little-endian) text is damaged: one stray byte (0x0A) after the last character, left out. The rest was read as it stands; check the words around the damage against the original.",
    ]);
    const lone = await readVariant('v18_upton_surrogate.txt');
    expect(lone.anomalies.filter((a) => a.kind === 'encoding-damaged').map((a) => a.message)).toEqual([
      'The file\'s UTF-16 (little-endian) text is damaged: one character stored as half of a pair (a lone surrogate), read as "\uFFFD". The rest was read as it stands; check the words around the damage against the original.',
    ]);
    expect(lone.plan!.items[0]!.text).toContain('Prisoners\uFFFD property');
  });

  it('keeps an inspection date it cannot read as printed, and says so', async () => {
    const { plan, anomalies } = await readVariant('v05_eastwold_unreadable.pdf');
    expect([plan!.inspectionStart, plan!.datesAsWritten.inspection]).toEqual([null, 'Spring 2019 (dates TBC)']);
    expect(anomalies.filter((a) => a.kind === 'date-unreadable').map((a) => a.text)).toEqual([
      'Spring 2019 (dates TBC)',
    ]);
  });

  it('reports the notes, the summary that does not match and the numbers it worked out', async () => {
    const mismatch = await readVariant('v10_marlowheath_mismatch.docx');
    expect(mismatch.anomalies.filter((a) => a.kind === 'summary-mismatch').map((a) => a.message)).toEqual([
      "The plan's summary counts 6 agreed but 5 were read.",
      "The plan's summary counts 10 items in total but 9 were read.",
    ]);
    expect(mismatch.plan!.signOff).not.toBeNull();
    const notes = await readVariant('v07_greystone_notes.txt');
    expect(notes.anomalies.filter((a) => a.kind === 'plan-note').map((a) => a.text)).toEqual(notes.plan!.notes);
    const order = await readVariant('v13_penrose_noref_none.docx');
    expect(order.anomalies.filter((a) => a.kind === 'id-inferred').map((a) => a.message)[0]).toBe(
      'The table has no number column and the item has no paragraph reference; it was numbered 1 from its place in the plan.',
    );
  });
});
