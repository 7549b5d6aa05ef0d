// The dev server serves its first page from the dataset on disk only when that dataset was
// written from the inputs as they are now (src/integrations/inputs-stamp.ts).
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesOf, readStamp, sameStamp, stampOf, writeStamp } from '../../src/integrations/inputs-stamp.ts';

let dir: string;
let inputs: Record<string, string>;
let dataset: string;
const at = new Date('2026-01-02T03:04:05Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inputs-stamp-'));
  mkdirSync(join(dir, 'plans/sub'), { recursive: true });
  writeFileSync(join(dir, 'plans/a.docx'), 'plan a');
  writeFileSync(join(dir, 'plans/sub/b.pdf'), 'plan bb');
  writeFileSync(join(dir, 'glossary.json'), '{}');
  for (const f of ['plans/a.docx', 'plans/sub/b.pdf', 'glossary.json']) utimesSync(join(dir, f), at, at);
  dataset = join(dir, 'dataset.json');
  writeFileSync(dataset, '{"plans":[]}');
  inputs = { plans: join(dir, 'plans'), glossary: join(dir, 'glossary.json'), followUps: join(dir, 'none') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs stamp', () => {
  it('lists each file under a folder by its path inside it, size and time, sorted; a file as itself; nothing for a missing path', () => {
    expect(filesOf(inputs.plans!)).toEqual([
      ['a.docx', 6, at.getTime()],
      [join('sub', 'b.pdf'), 7, at.getTime()],
    ]);
    expect(filesOf(inputs.glossary!)).toEqual([['', 2, at.getTime()]]);
    expect(filesOf(inputs.followUps!)).toEqual([]);
  });

  it('is the same for the same inputs and dataset, read back from its file', () => {
    const file = join(dir, 'stamp.json');
    writeStamp(file, stampOf(inputs, dataset));
    expect(sameStamp(readStamp(file), stampOf(inputs, dataset))).toBe(true);
  });

  it('is the same for a copy of the plans elsewhere with the same names, sizes and times', () => {
    const before = stampOf(inputs, dataset);
    renameSync(join(dir, 'plans'), join(dir, 'copy'));
    expect(sameStamp(before, stampOf({ ...inputs, plans: join(dir, 'copy') }, dataset))).toBe(true);
  });

  it.each([
    ['a plan edited', () => writeFileSync(join(dir, 'plans/a.docx'), 'plan A')],
    ['a plan touched', () => utimesSync(join(dir, 'plans/a.docx'), new Date(), new Date())],
    ['a plan added', () => writeFileSync(join(dir, 'plans/c.odt'), 'new')],
    ['a plan removed', () => rmSync(join(dir, 'plans/sub/b.pdf'))],
    ['a plan renamed', () => renameSync(join(dir, 'plans/a.docx'), join(dir, 'plans/z.docx'))],
    ['the glossary edited', () => writeFileSync(join(dir, 'glossary.json'), '{"x":1}')],
    ['the dataset written again', () => writeFileSync(dataset, '{"plans":[1]}')],
  ])('differs after %s', (_, change) => {
    const before = stampOf(inputs, dataset);
    expect(sameStamp(before, stampOf(inputs, dataset))).toBe(true);
    change();
    expect(sameStamp(before, stampOf(inputs, dataset))).toBe(false);
  });

  it('is never the same without a dataset or without a stamp', () => {
    expect(stampOf(inputs, join(dir, 'no-dataset.json'))).toBeNull();
    expect(sameStamp(null, stampOf(inputs, dataset))).toBe(false);
    expect(readStamp(join(dir, 'no-stamp.json'))).toBeNull();
  });
});
