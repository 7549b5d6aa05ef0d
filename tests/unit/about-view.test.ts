import { describe, expect, it } from 'vitest';
import { planStatuses, statusInWords, testsInWords } from '../../src/site/views/about.ts';

describe('about page', () => {
  it('defines the statuses the plans define, in the words of site/status.ts', () => {
    expect(planStatuses).toEqual([
      { label: 'Agreed', definition: 'all of the recommendation is agreed with, can be achieved and is affordable.' },
      {
        label: 'Partly agreed',
        definition:
          'only part of the recommendation is agreed with, is achievable, affordable and will be implemented. This might be because we cannot implement the whole recommendation because of commissioning, policy, operational or affordability reasons.',
      },
      {
        label: 'Not agreed',
        definition:
          'the recommendation is not agreed and will not be implemented. This might be because of commissioning, policy, operational or affordability reasons.',
      },
    ]);
    expect((['agreed', 'partly_agreed', 'not_agreed', 'not_recognised'] as const).map(statusInWords)).toEqual([
      'agreed',
      'partly agreed',
      'not agreed',
      'not recognised',
    ]);
  });

  it('names the healthy prison tests in their order', () => {
    expect(testsInWords).toBe('safety, respect, purposeful activity, and rehabilitation and release planning');
  });
});
