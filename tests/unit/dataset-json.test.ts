// The dataset file is written a piece at a time (src/dataset/write.ts): the
// pieces must make the very bytes JSON.stringify makes of the whole.
import { describe, expect, it } from 'vitest';
import { datasetJson } from '../../src/dataset/write.ts';
import type { Dataset } from '../../src/model/schema.ts';

describe('datasetJson', () => {
  it('makes the text of JSON.stringify and a line break, array elements and all', () => {
    const odd = {
      plans: [
        { id: 'café-2017', text: 'Prisoners’ “timely” access – a line\u2028and a separator', omitted: undefined },
        { id: 'b', nested: [1, undefined, { deep: 'x' }], n: -0.5 },
      ],
      establishments: [],
      themes: [undefined, 'plain'],
      glossary: { notAnArray: true },
      anomalies: undefined,
    } as unknown as Dataset;
    expect([...datasetJson(odd)].join('')).toBe(`${JSON.stringify(odd)}\n`);
  });

  it('starts with the first key that has a value', () => {
    const d = { plans: undefined, themes: [] } as unknown as Dataset;
    expect([...datasetJson(d)].join('')).toBe('{"themes":[]}\n');
  });
});
