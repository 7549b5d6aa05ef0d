// The synthetic benchmark archive: deterministic, in every shape, and readable.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { parseText as parseDocument } from '../support/parse-text.ts';
import { PLANS_DIR } from '../support/seeds.ts';

const seeds = readdirSync(PLANS_DIR)
  .sort()
  .map((name) => ({ name, text: readFileSync(`${PLANS_DIR}/${name}`, 'utf8') }));

describe('bench corpus', () => {
  const docs = generateCorpus(seeds, 20, 'test');
  it('is the same for the same seed, and different for another', () => {
    expect(generateCorpus(seeds, 20, 'test')).toEqual(docs);
    expect(generateCorpus(seeds, 20, 'other').map((d) => d.text)).not.toEqual(docs.map((d) => d.text));
  });

  it('gives plans of every shape that parse, under invented names, with summaries that agree', () => {
    const parsed = docs.map((d) => parseDocument(d.name, d.text));
    expect(parsed.every((p) => p.plan !== null)).toBe(true);
    expect(new Set(parsed.map((p) => p.plan!.kind))).toEqual(new Set(['recommendations', 'concerns']));
    expect(new Set(parsed.map((p) => p.plan!.items[0]!.statusAsWritten))).toEqual(
      new Set(['Agreed', 'Accepted', null]),
    );
    expect(parsed.some((p) => /Rochester|Ford|Elmley|Leicester/.test(p.plan!.establishment))).toBe(false);
    expect(
      parsed.flatMap((p) => p.notes).filter((n) => n.kind === 'summary-mismatch' || n.severity === 'error'),
    ).toEqual([]);
  });
});
