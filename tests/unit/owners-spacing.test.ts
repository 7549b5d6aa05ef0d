import { describe, expect, it } from 'vitest';
import { ownerParagraphs, splitOwners } from '../../src/parse/owners.ts';
import { repairSpacing } from '../../src/parse/spacing.ts';

describe('splitOwners', () => {
  it('splits owners run together where a new title starts', () => {
    expect(splitOwners('Governor Governor Executive Director, Rehabilitation & Assurance', 3)).toEqual([
      'Governor',
      'Governor',
      'Executive Director, Rehabilitation & Assurance',
    ]);
    expect(splitOwners('Governor and Director of Milton Keynes College Governor', 2)).toEqual([
      'Governor and Director of Milton Keynes College',
      'Governor',
    ]);
    expect(splitOwners('Director of Milton Keynes College Director Milton Keynes College', 2)).toEqual([
      'Director of Milton Keynes College',
      'Director Milton Keynes College',
    ]);
  });

  it('keeps joint owners whole', () => {
    expect(splitOwners('Governor/ Director Oxleas NHS Foundation Trust', 2)).toBeNull();
    expect(splitOwners('Executive Director Prison Improvement', 2)).toBeNull();
    expect(splitOwners('Governor & Head of Healthcare', 2)).toBeNull();
    expect(splitOwners('Governor Governor', 1)).toBeNull();
  });
});

describe('ownerParagraphs', () => {
  it('joins a paragraph that only says "and" to its neighbours', () => {
    expect(ownerParagraphs(['Head of Offender Management', 'and'])).toEqual(['Head of Offender Management and']);
    expect(ownerParagraphs(['Governor', 'Director NHS England (NHSE)'])).toEqual([
      'Governor',
      'Director NHS England (NHSE)',
    ]);
  });
});

describe('repairSpacing', () => {
  it('mends spaces lost or added by extraction and lists each mend', () => {
    const out = repairSpacing(
      'The unit (OMU)was under-resourced andunable to act.There were gaps in publicprotection work,and a well- advertised plan on the internet .Feedback',
    );
    expect(out.text).toBe(
      'The unit (OMU) was under-resourced and unable to act. There were gaps in public protection work, and a well-advertised plan on the internet. Feedback',
    );
    expect(out.repairs.map((r) => r.from)).toEqual([
      'well- advertised',
      'act.There',
      'internet .Feedback',
      '(OMU)was',
      'work,and',
      'andunable',
      'publicprotection',
    ]);
  });

  it('leaves compounds, words in brackets and abbreviations alone', () => {
    const text = 'Checks of noticeboards, the reprofile, (re)assessed cases, e.g. wings, gov.uk and 10.25 hours.';
    expect(repairSpacing(text)).toEqual({ text, repairs: [] });
  });
});
