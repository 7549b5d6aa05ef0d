import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/schema.ts';
import { latestPlans } from '../../src/site/views/home.ts';

describe('latestPlans', () => {
  it('gives the plans with the latest reports, newest first, a plan with no report date last', () => {
    const plans = [
      { id: 'a', reportPublished: '2019-05-01' },
      { id: 'b', reportPublished: null },
      { id: 'c', reportPublished: '2024-01-10' },
      { id: 'd', reportPublished: '2019-05-01' },
      { id: 'e', reportPublished: '2021-11' },
    ] as Plan[];
    expect(latestPlans(plans, 4).map((p) => p.id)).toEqual(['c', 'e', 'a', 'd']);
    expect(latestPlans(plans, 10).map((p) => p.id)).toEqual(['c', 'e', 'a', 'd', 'b']);
  });
});
