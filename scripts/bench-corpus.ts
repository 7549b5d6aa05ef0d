// npm run bench:corpus -- --plans 1000 --out <dir> [--seed <text>]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: 'action-plans' },
  },
});
if (!values.out) {
  console.error('bench:corpus: --out <dir> is required');
  process.exit(2);
}
// The five real plans the tests keep (tests/fixtures/plans/): the archive stays the same whatever a publisher adds to content/plans/.
const SEEDS = 'tests/fixtures/plans';
const seeds = readdirSync(SEEDS)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
const docs = generateCorpus(seeds, Number(values.plans), values.seed);
mkdirSync(values.out, { recursive: true });
for (const d of docs) writeFileSync(join(values.out, d.name), d.text);
console.log(`bench:corpus: wrote ${docs.length} plans to ${values.out}`);
