// Reading a table is linear in its rows: four times the rows take about four times as long (before, when
// each row looked ahead through a copy of the rest of the table, 40,000 rows took about 40 times 10,000 rows' time).
import { describe, expect, it } from 'vitest';
import { planText } from '../../scripts/hostile/generate.ts';
import { textDocument } from '../../src/documents/readers/text.ts';
import { parseDocument } from '../../src/parse/document.ts';

const plan = (n: number) =>
  textDocument(
    planText(
      'HMP Linear',
      Array.from({ length: n }, (_, i) => [
        `5.${i + 1}`,
        `Men should have time out of cell, rule ${i + 1}. (1.${i + 1})`,
        'Agreed',
        'The governor will see to it.',
        'Governor',
        'June 2019',
      ]),
    ),
  );

const timed = (n: number) => {
  const doc = plan(n);
  const started = performance.now();
  const parsed = parseDocument('linear.txt', doc);
  return { ms: performance.now() - started, items: parsed.plan!.items.length };
};

describe('reading a table', () => {
  it('takes time in proportion to its rows', () => {
    timed(2_000); // warm up
    const small = timed(10_000);
    const large = timed(40_000);
    console.log(`10,000 rows in ${Math.round(small.ms)} ms, 40,000 in ${Math.round(large.ms)} ms`);
    expect([small.items, large.items]).toEqual([10_000, 40_000]);
    expect(large.ms / small.ms).toBeLessThan(8);
  });
});
