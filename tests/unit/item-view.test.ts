import { describe, expect, it } from 'vitest';
import type { Action, Item, Plan } from '../../src/model/schema.ts';
import type { ItemInPlan } from '../../src/site/item-in-plan.ts';
import {
  actionFacts,
  atOtherPrisons,
  latestByPrison,
  raisedAgainByPlan,
  readableReason,
  responseView,
} from '../../src/site/views/item.ts';
import { formatBlocks, readLinkReason } from '../../src/model/text-format.ts';

// The parts as the dataset's text, to compare with it.
const texts = (parts: { blocks: Parameters<typeof formatBlocks>[0]; actions: Action[] }[]) =>
  parts.map((p) => ({ text: formatBlocks(p.blocks), actions: p.actions }));

const action = (
  text: string | null,
  owner: string | null,
  target: string | null = null,
  due: string | null = null,
): Action => ({ text, owner, target, due });

describe('responseView', () => {
  it('shows each part of the response once, beside the owner and date the plan ties to it', () => {
    const review = action('First we will review.', 'Governor', 'July 2018', '2018-07');
    const train = action('Then we will train staff.\n• in May\n• in June', 'Head of Learning', 'June 2019', '2019-06');
    const view = responseView({
      response: 'First we will review.\n\nThen we will train staff.\n• in May\n• in June\n\nClosing words.',
      actions: [review, train],
    });
    expect(texts(view.parts)).toEqual([
      { text: 'First we will review.', actions: [review] },
      { text: 'Then we will train staff.\n• in May\n• in June', actions: [train] },
      // Words of the response that no action claims are shown once, with no owner.
      { text: 'Closing words.', actions: [] },
    ]);
    expect(view.untied).toEqual([]);
  });

  it('shows the response once and the owners and dates once where the plan does not tie them to parts', () => {
    const governor = action(null, 'Governor', 'May 2024', '2024-05');
    const healthcare = action(null, 'Head of Healthcare', 'Ongoing', 'ongoing');
    const view = responseView({
      response: 'We agree.\n\nWork has started.',
      actions: [governor, healthcare, { ...governor }],
    });
    expect(texts(view.parts)).toEqual([{ text: 'We agree.\n\nWork has started.', actions: [] }]);
    expect(view.untied).toEqual([
      { action: governor, blocks: [] },
      { action: healthcare, blocks: [] },
    ]);
  });

  it('keeps one part for several owners of the same words', () => {
    const governor = action('Joint work.', 'Governor', 'May 2024', '2024-05');
    const nhs = action('Joint work.', 'NHS England', 'June 2024', '2024-06');
    const view = responseView({ response: 'Joint work.', actions: [governor, nhs] });
    expect(texts(view.parts)).toEqual([{ text: 'Joint work.', actions: [governor, nhs] }]);
  });

  it('mixes tied parts, untied actions and a list item that continues across parts', () => {
    const view = responseView({
      response: 'Intro.\n• one\n• two\n\nMore.',
      actions: [
        action('Intro.\n• one', 'A', 'May 2024', '2024-05'),
        action(null, 'B', 'Completed', 'completed'),
        action('• two\n\nMore.', 'C', null, null),
      ],
    });
    expect(view.parts.map((p) => [formatBlocks(p.blocks), p.actions.map((a) => a.owner)])).toEqual([
      ['Intro.\n• one', ['A']],
      ['• two\n\nMore.', ['C']],
    ]);
    expect(view.untied.map((u) => u.action.owner)).toEqual(['B']);
  });

  it('divides nothing when an action’s words are not found in the response, so no words are lost or repeated', () => {
    const view = responseView({
      response: 'Para one.\n\nPara two.',
      actions: [action('Para two.', 'A'), action('Para one.', 'B')],
    });
    expect(view.parts).toEqual([
      {
        blocks: [
          { list: false, text: 'Para one.' },
          { list: false, text: 'Para two.' },
        ],
        actions: [],
      },
    ]);
    // Each action's own words are shown with it.
    expect(view.untied).toEqual([
      { action: action('Para two.', 'A'), blocks: [{ list: false, text: 'Para two.' }] },
      { action: action('Para one.', 'B'), blocks: [{ list: false, text: 'Para one.' }] },
    ]);
  });

  it('shows nothing for an empty response', () => {
    expect(responseView({ response: '', actions: [action(null, 'Governor')] })).toEqual({
      parts: [],
      untied: [{ action: action(null, 'Governor'), blocks: [] }],
    });
    expect(responseView({ response: '', actions: [] })).toEqual({ parts: [], untied: [] });
  });
});

describe('raisedAgainByPlan', () => {
  const plan = (id: string, year: number) => ({ id, year }) as Plan;
  const item = (key: string) => ({ key }) as Item;
  const index = new Map([
    ['r-2024/4', { item: item('r-2024/4'), plan: plan('r-2024', 2024) }],
    ['r-2024/9', { item: item('r-2024/9'), plan: plan('r-2024', 2024) }],
    ['r-2021/2', { item: item('r-2021/2'), plan: plan('r-2021', 2021) }],
  ]);
  it('groups the later items by inspection, oldest first', () => {
    const groups = raisedAgainByPlan(
      {
        raisedAgain: [
          { key: 'r-2024/4', score: 0.3, reason: 'similar words, same theme (drugs)' },
          { key: 'r-2021/2', score: 1, reason: 'repeated recommendation 5.2' },
          { key: 'r-2024/9', score: 0.2, reason: 'similar words, same theme (drugs)' },
        ],
      },
      index,
    );
    expect(groups.map((g) => [g.plan.year, g.items.map((i) => i.item.key)])).toEqual([
      [2021, ['r-2021/2']],
      [2024, ['r-2024/4', 'r-2024/9']],
    ]);
    // Each link's reason as a value, not the dataset's words.
    expect(groups.map((g) => g.items.map((i) => i.reason))).toEqual([
      [{ kind: 'repeated', ref: '5.2' }],
      [
        { kind: 'same-theme', theme: 'drugs' },
        { kind: 'same-theme', theme: 'drugs' },
      ],
    ]);
  });
});

describe('actionFacts', () => {
  it('says a target once where the due date reads the same', () => {
    expect(actionFacts(action(null, 'Governor', 'July 2018', '2018-07'))).toEqual([
      { label: 'Owner', value: 'Governor' },
      { label: 'Target', value: 'July 2018' },
    ]);
    expect(actionFacts(action(null, 'Governor', 'Completed and Ongoing', 'completed-and-ongoing'))).toEqual([
      { label: 'Owner', value: 'Governor' },
      { label: 'Target', value: 'Completed and Ongoing' },
    ]);
  });

  it('gives the target as written and the due date where they differ', () => {
    expect(actionFacts(action(null, 'Head of Safety', 'April 2017 to December 2017', '2017-12'))).toEqual([
      { label: 'Owner', value: 'Head of Safety' },
      { label: 'Target as written', value: 'April 2017 to December 2017' },
      { label: 'Due', value: 'December 2017' },
    ]);
    expect(actionFacts(action(null, null, 'Summer', null))).toEqual([
      { label: 'Owner', value: 'not printed' },
      { label: 'Target as written', value: 'Summer' },
      { label: 'Due', value: 'none' },
    ]);
    expect(actionFacts(action(null, 'Governor', null, null))).toEqual([
      { label: 'Owner', value: 'Governor' },
      { label: 'Target', value: 'not printed' },
    ]);
  });
});

describe('readableReason', () => {
  const names = new Map([['security-and-drugs', 'Security and drug supply']]);
  it('names the theme of a link in words', () => {
    expect(
      readableReason(readLinkReason('similar words, same theme (security-and-drugs)'), (id) => names.get(id)),
    ).toBe('similar words, same theme: security and drug supply');
    expect(readableReason(readLinkReason('repeated recommendation 1.40'), (id) => names.get(id))).toBe(
      'repeated recommendation 1.40',
    );
    expect(readableReason(readLinkReason('similar words, same theme (unknown)'), (id) => names.get(id))).toBe(
      'similar words, same theme (unknown)',
    );
  });
});

describe('the main theme at other prisons', () => {
  const plan = (
    establishmentId: string,
    year: number,
    inspectionStart: string | null = null,
    reportPublished: string | null = null,
  ) => ({ id: `${establishmentId}-${year}`, establishmentId, year, inspectionStart, reportPublished }) as Plan;
  // A theme's keys in the dataset's order: prisons alphabetically, each one's plans oldest first.
  const rows: [Plan, string][] = [
    [plan('ashfield', 2017, '2017-03-01'), '1.1'],
    [plan('ashfield', 2023, '2023-02-06'), '2.4'],
    [plan('ashfield', 2023, '2023-02-06'), '2.9'],
    [plan('belmarsh', 2024, '2024-05-13'), 'PC1'],
    [plan('belmarsh', 2024, '2024-05-13'), 'PC3'],
    [plan('cardiff', 2019, null, '2019-11-20'), '4'],
    [plan('durham', 2023, '2023-09-11'), '7'],
    [plan('exeter', 2023, null, null), '5.2'],
    [plan('frankland', 2016, '2016-01-04'), '3'],
    [plan('garth', 2023, '2023-02-06'), '12'],
    [plan('yarl', 2018, '2018-04-09'), '1'],
    [plan('zenith', 2012, '2012-04-09'), '9'],
  ];
  const itemByKey = new Map<string, ItemInPlan>(
    rows.map(([p, id]) => [`${p.id}/${id}`, { plan: p, item: { key: `${p.id}/${id}`, id } as Item }]),
  );
  const keys = [...itemByKey.keys()];
  const latest = latestByPrison(keys, itemByKey);

  it("takes each prison's latest plan once, its first item on the theme, the most recent plans first", () => {
    expect(latest.map((x) => x.item.key)).toEqual([
      'belmarsh-2024/PC1',
      'durham-2023/7',
      // Same inspection date: by establishment id.
      'ashfield-2023/2.4',
      'garth-2023/12',
      // A plan of its year with no date comes after those with one.
      'exeter-2023/5.2',
      // Alone in its year (its report date standing in is tested below).
      'cardiff-2019/4',
      'yarl-2018/1',
      'frankland-2016/3',
      'zenith-2012/9',
    ]);
  });

  it("puts a plan without an inspection date by its report's date among the plans of its year", () => {
    const sameYear = new Map<string, ItemInPlan>(
      [
        plan('hull', 2023, '2023-03-01'),
        plan('leeds', 2023, null, '2023-06-01'),
        plan('lincoln', 2023, '2023-09-01'),
      ].map((p) => [`${p.id}/1`, { plan: p, item: { key: `${p.id}/1`, id: '1' } as Item }]),
    );
    expect(latestByPrison([...sameYear.keys()], sameYear).map((x) => x.plan.establishmentId)).toEqual([
      'lincoln',
      'leeds',
      'hull',
    ]);
  });

  it('does not depend on the order of the keys', () => {
    expect(latestByPrison([...keys].reverse(), itemByKey).map((x) => x.plan.id)).toEqual(latest.map((x) => x.plan.id));
  });

  it("gives an item page the first five at other prisons, never its own prison's", () => {
    expect(atOtherPrisons(latest, 'belmarsh').map((x) => x.item.key)).toEqual([
      'durham-2023/7',
      'ashfield-2023/2.4',
      'garth-2023/12',
      'exeter-2023/5.2',
      'cardiff-2019/4',
    ]);
    expect(atOtherPrisons(latest, 'zenith', 3).map((x) => x.plan.establishmentId)).toEqual([
      'belmarsh',
      'durham',
      'ashfield',
    ]);
    expect(atOtherPrisons(latestByPrison(['belmarsh-2024/PC1', 'belmarsh-2024/PC3'], itemByKey), 'belmarsh')).toEqual(
      [],
    );
  });
});
