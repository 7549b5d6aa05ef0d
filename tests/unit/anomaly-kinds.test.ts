// Every kind of note has a plain-words explanation for the data quality page
// (the type of note() and the schema's enum make that so), and no entry is
// left behind for a kind the reader no longer emits.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANOMALY_KINDS, ANOMALY_KIND_CODES, explainKind } from '../../src/model/anomaly-kinds.ts';
import { anomalySchema } from '../../src/model/schema.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const code = sources('src')
  .filter((f) => !f.endsWith('anomaly-kinds.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('anomaly kinds', () => {
  it.each(ANOMALY_KIND_CODES)('%s is emitted somewhere and explained in plain words', (kind) => {
    expect(code, `"${kind}" is in src/model/anomaly-kinds.ts but nothing emits it`).toContain(`'${kind}'`);
    const entry = ANOMALY_KINDS[kind];
    expect(entry.explanation).toMatch(/^[A-Z].{20,}\.$/);
    expect(entry.explanation).not.toContain(kind);
  });

  it('the dataset accepts only the listed kinds', () => {
    const anomaly = {
      file: 'a.txt',
      line: 1,
      where: 'line 1',
      plan: null,
      item: null,
      severity: 'repair',
      message: 'm',
      text: null,
    };
    expect(anomalySchema.safeParse({ ...anomaly, kind: 'owners-split' }).success).toBe(true);
    expect(anomalySchema.safeParse({ ...anomaly, kind: 'a-new-kind' }).success).toBe(false);
  });

  it('still says something for a kind without an entry', () => {
    expect(explainKind('owners-split')).toBe(ANOMALY_KINDS['owners-split'].explanation);
    expect(explainKind('a-new-kind')).toBe("See the notes on each plan's page.");
  });
});
