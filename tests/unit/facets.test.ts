import { describe, expect, it } from 'vitest';
import { addressees, kindOf, ownerTypes } from '../../src/site/facets.ts';

const actions = (...owners: string[]) => ({ actions: owners.map((owner) => ({ owner, text: null, target: null, due: null })) });

describe('search facets', () => {
  it('reads owner types from owners as written', () => {
    expect(ownerTypes(actions('Governor/ Director Oxleas NHS Foundation Trust'))).toEqual(['Governor', 'Health provider']);
    expect(ownerTypes(actions('Weston College/ Governor', 'KSS CRC'))).toEqual(['Education provider', 'Governor', 'Probation and CRC']);
    expect(ownerTypes(actions('Executive Director Estate Transformation'))).toEqual(['Facilities and estates', 'HMPPS']);
    expect(ownerTypes(actions('Some Board'))).toEqual(['Other']);
  });

  it('reads addressees from the heading, and says when none is stated', () => {
    expect(addressees({ group: 'Main recommendation to the governor and HMPPS' })).toEqual(['Governor', 'HMPPS and MoJ']);
    expect(addressees({ group: 'Main recommendation to HMPPS and the MOJ' })).toEqual(['HMPPS and MoJ']);
    expect(addressees({ group: 'Recommendations' })).toEqual(['Not stated']);
  });

  it('names the kind of item', () => {
    expect(kindOf({ group: 'Key Concerns' }, { kind: 'concerns' })).toBe('Key concern');
    expect(kindOf({ group: 'Priority concerns' }, { kind: 'concerns' })).toBe('Priority concern');
    expect(kindOf({ group: 'Recommendations' }, { kind: 'recommendations' })).toBe('Recommendation');
  });
});
