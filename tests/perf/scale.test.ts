// Connections must stay fast at the size of the whole archive: about 40,000 items.
import { describe, expect, it } from 'vitest';
import { connect } from '../../src/connect/connect.ts';
import { connectInParallel, startConnectWorker } from '../../src/connect/parallel.ts';
import { readCuratedGlossary, readThemes } from '../../src/connect/editorial.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { dataset } from '../support/seeds.ts';

/** The real plans copied under invented establishments until there are `n` items. */
function scaled(n: number): Dataset {
  const plans = [];
  for (let copy = 0; plans.reduce((s, p) => s + p.items.length, 0) < n; copy++) {
    for (const p of dataset.plans) {
      const id = `${p.establishmentId}-${copy}-${p.year}`;
      plans.push({
        ...p,
        id,
        establishmentId: `${p.establishmentId}-${copy}`,
        items: p.items.map((i) => ({ ...i, key: `${id}/${i.key.split('/')[1]}` })),
      });
    }
  }
  return { ...dataset, plans };
}

describe('connect at scale', () => {
  it('connects 40,000 items in well under a minute', () => {
    const big = scaled(40_000);
    const items = big.plans.reduce((s, p) => s + p.items.length, 0);
    const started = performance.now();
    const out = connect(big, readThemes(), readCuratedGlossary());
    const seconds = (performance.now() - started) / 1000;
    console.log(`connect: ${items} items in ${seconds.toFixed(1)} s`);
    expect(out.plans.flatMap((p) => p.items).filter((i) => i.related.length > 0).length).toBeGreaterThan(items / 4);
    expect(seconds).toBeLessThan(60);
  });

  it('gives the same dataset with the similar items found on a second thread', async () => {
    const mid = scaled(2_500);
    const alone = connect(mid, readThemes(), readCuratedGlossary());
    const parallel = await connectInParallel(mid, readThemes(), readCuratedGlossary());
    expect(parallel.plans.flatMap((p) => p.items).filter((i) => i.related.length > 0).length).toBeGreaterThan(1000);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(alone));
    // Its thread started ahead, as ingest starts it while the last plans are read.
    const ahead = await connectInParallel(mid, readThemes(), readCuratedGlossary(), startConnectWorker());
    expect(JSON.stringify(ahead)).toBe(JSON.stringify(alone));
  });

  it('ends a thread started ahead when the dataset is too small to need it', async () => {
    const small = scaled(200);
    const worker = startConnectWorker();
    const out = await connectInParallel(small, readThemes(), readCuratedGlossary(), worker);
    expect(JSON.stringify(out)).toBe(JSON.stringify(connect(small, readThemes(), readCuratedGlossary())));
    await expect(worker.run({ texts: { texts: [], owners: [], files: [] }, curatedGlossary: [] })).rejects.toThrow();
  });
});
