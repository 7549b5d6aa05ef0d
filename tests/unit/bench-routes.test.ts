import { describe, expect, it } from 'vitest';
import { routeTimes } from '../../scripts/bench/routes.ts';

// Lines as Astro 7 writes them, including two entries run into one line.
const LOG = `07:17:43 [build] Building static entrypoints...
07:17:43   ├─ /404.html07:17:43   ├─ /about/index.html07:17:43   ├─ /data/actions.csv07:17:43   ├─ /data/dataset.json (+709ms)
07:17:44   ├─ /data/plans/ashcombe-2016.json/ (+363ms)
07:17:44   ├─ /data/plans/ashcombe-2016-items.csv/ (+9ms)
07:17:44   ├─ /documents/00000_ashcombe.txt (+1.09s)
07:17:45   ├─ /prisons/ashcombe/2016/5-1/index.html (+4ms)
07:17:45   ├─ /prisons/ashcombe/2016/5-2/index.html (+6ms)
07:17:45   ├─ /prisons/ashcombe/2016/index.html (+13ms)
07:17:45   ├─ /prisons/ashcombe/index.html (+44ms)
07:17:45   ├─ /themes/healthcare/2/index.html (+20ms)
07:17:45   └─ /feeds/themes/healthcare.xml (+3ms)
07:17:46   ├─ /data-quality/index.html (+30ms)
`;

describe('routeTimes', () => {
  it('sums Astro’s own page times by kind of page, seconds and milliseconds alike', () => {
    expect(routeTimes(LOG)).toEqual({
      item: { pages: 2, seconds: 0, msPerPage: 5 },
      plan: { pages: 1, seconds: 0, msPerPage: 13 },
      prison: { pages: 1, seconds: 0, msPerPage: 44 },
      theme: { pages: 1, seconds: 0, msPerPage: 20 },
      'plan download': { pages: 2, seconds: 0.4, msPerPage: 186 },
      'site download': { pages: 1, seconds: 0.7, msPerPage: 709 },
      document: { pages: 1, seconds: 1.1, msPerPage: 1090 },
      feed: { pages: 1, seconds: 0, msPerPage: 3 },
      other: { pages: 1, seconds: 0, msPerPage: 30 },
    });
  });

  it('counts nothing in a log without page entries', () => {
    expect(routeTimes('07:17:52 [build] Complete!\n')).toEqual({});
  });
});
