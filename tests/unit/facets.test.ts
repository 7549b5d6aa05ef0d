import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/model/schema.ts';
import { addressees, facetTotals, ownerTypes, statusLabel } from '../../src/site/facets.ts';
import { themeItemCount } from '../../src/site/views/theme.ts';
import { itemKind, itemName } from '../../src/model/item-kind.ts';
import { countLabel, shownStatuses, statusCounts, statusText } from '../../src/site/status.ts';

const actions = (...owners: string[]) => ({
  actions: owners.map((owner) => ({ owner, text: null, target: null, due: null })),
});

describe('search facets', () => {
  it('reads owner types from owners as written', () => {
    expect(ownerTypes(actions('Governor/ Director Oxleas NHS Foundation Trust'))).toEqual([
      'Governor',
      'Health provider',
    ]);
    expect(ownerTypes(actions('Weston College/ Governor', 'KSS CRC'))).toEqual([
      'Education provider',
      'Governor',
      'Probation and CRC',
    ]);
    expect(ownerTypes(actions('Executive Director Estate Transformation'))).toEqual([
      'Facilities and estates',
      'HMPPS',
    ]);
    expect(ownerTypes(actions('Some Board'))).toEqual(['Other']);
  });

  it('reads addressees from the heading, and says when none is stated', () => {
    expect(addressees({ group: 'Main recommendation to the governor and HMPPS' })).toEqual([
      'Governor',
      'HMPPS and MoJ',
    ]);
    expect(addressees({ group: 'Main recommendation to HMPPS and the MOJ' })).toEqual(['HMPPS and MoJ']);
    expect(addressees({ group: 'Recommendations' })).toEqual(['Not stated']);
  });

  it('names the kind of item the dataset gives', () => {
    expect(itemKind({ kind: 'key-concern' })).toBe('Key concern');
    expect(itemKind({ kind: 'priority-concern' })).toBe('Priority concern');
    expect(itemKind({ kind: 'recommendation' })).toBe('Recommendation');
    expect(itemKind({ kind: 'concern' })).toBe('Concern');
    expect(itemName({ id: 'KC3', kind: 'key-concern' })).toBe('Key concern KC3');
    expect(itemName({ id: '5.3', kind: 'recommendation' })).toBe('Recommendation 5.3');
  });
});

describe('statuses as the site shows them', () => {
  const items = [
    { status: 'agreed', statusAsWritten: 'Agreed.' },
    { status: 'not_recognised', statusAsWritten: 'Agred' },
    { status: 'not_recognised', statusAsWritten: 'Agred' },
    { status: 'not_recognised', statusAsWritten: null },
  ] as const;

  it('prints a status it could not read as written, in the search filter too', () => {
    expect(items.map(statusText)).toEqual([
      'Agreed',
      'Not recognised: “Agred”',
      'Not recognised: “Agred”',
      'Not recognised: no status printed',
    ]);
    expect(statusLabel(items[1])).toBe('Not recognised: “Agred”');
    expect(statusLabel({ status: null, statusAsWritten: null })).toBe('No status (concern)');
  });

  it('counts "not recognised" so that the counts add up, and shows it only where some item has it', () => {
    const counts = statusCounts([...items]);
    expect(counts).toEqual({ agreed: 1, partly_agreed: 0, not_agreed: 0, not_recognised: 3 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(items.length);
    expect(shownStatuses(counts)).toEqual(['agreed', 'partly_agreed', 'not_agreed', 'not_recognised']);
    expect(shownStatuses(statusCounts([items[0]]))).toEqual(['agreed', 'partly_agreed', 'not_agreed']);
    expect(countLabel('not_recognised', [...items])).toBe('Not recognised (printed “Agred”; no status printed)');
    expect(countLabel('agreed', [...items])).toBe('Agreed');
  });
});

describe('one count for a theme', () => {
  it('files an item under its main theme only, as the theme pages, the home page and the data chart count it', () => {
    const theme = (id: string, itemKeys: string[]) => ({ id, name: id, test: 'safety', itemKeys }) as Theme;
    const themes = [theme('violence', ['p/1']), theme('self-harm', ['p/2'])];
    const item = (id: string, themes: string[]) =>
      ({
        id,
        key: `p/${id}`,
        themes,
        status: 'agreed',
        statusAsWritten: 'Agreed',
        group: null,
        actions: [],
        followUps: [],
      }) as never;
    const plan = {
      establishmentName: 'HMP Ford',
      year: 2016,
      kind: 'recommendations',
      items: [item('1', ['violence', 'self-harm']), item('2', ['self-harm'])],
    } as never;
    const totals = facetTotals([plan], new Map(themes.map((t) => [t.id, t])));
    expect(totals.theme).toEqual([
      ['self-harm', 1],
      ['violence', 1],
    ]);
    expect(themes.map(themeItemCount)).toEqual([1, 1]);
  });
});
