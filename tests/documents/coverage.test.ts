// Nothing lost, nothing invented: every word of each plan's table is in the
// dataset (in an item, a heading or an anomaly), and the dataset adds none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLANS_DIR, dataset } from '../support/seeds.ts';
import { coverage, datasetWords, tableWords } from '../support/words.ts';

describe.each(dataset.plans.map((p) => [p.id, p] as const))('%s', (_id, plan) => {
  it('places at least 99.5% of the table’s words, and invents none', () => {
    const text = readFileSync(`${PLANS_DIR}/${plan.source}`, 'utf8');
    const c = coverage(tableWords(text), datasetWords(plan, dataset.anomalies));
    const share = c.placed / c.total;
    console.log(
      `${plan.id}: ${c.placed} of ${c.total} words placed (${(share * 100).toFixed(2)}%); not placed: ${c.missing.join(' ') || 'none'}; added: ${c.extra.join(' ') || 'none'}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.995);
    expect(c.extra).toEqual([]);
  });
});
