// Every repair and problem in the built-in plans is reported, with file, line and item.
import { describe, expect, it } from 'vitest';
import { dataset } from '../support/seeds.ts';

describe('anomalies', () => {
  it('reports exactly these warnings: what is missing or cannot be told', () => {
    expect(
      dataset.anomalies.filter((a) => a.severity !== 'repair').map((a) => [a.plan, a.item, a.line, a.kind]),
    ).toEqual([
      // The first of three actions (why the recommendation is only partly agreed) has an owner but no target.
      ['rochester-2017', '5.30', 86, 'target-missing'],
      ['elmley-2019', '5.4', 41, 'text-start-lost'],
      ['elmley-2019', '5.4', 41, 'reference-missing'],
      ['leicester-2018', null, 12, 'date-missing'],
      ['leicester-2018', '5.7', 52, 'action-text-unclear'],
      ['leicester-2018', '5.10', 57, 'action-text-unclear'],
      ['leicester-2018', '5.11', 61, 'action-text-unclear'],
      ['leicester-2018', '5.16', 71, 'action-text-unclear'],
      ['leicester-2018', '5.17', 72, 'action-text-unclear'],
      ['leicester-2018', '5.18', 74, 'action-text-unclear'],
      ['leicester-2018', '5.19', 75, 'action-text-unclear'],
      ['leicester-2018', '5.25', 90, 'owner-missing'],
      ['leicester-2018', '5.28', 96, 'action-text-unclear'],
      ['leicester-2018', '5.37', 116, 'action-text-unclear'],
      ['leicester-2018', '5.38', 117, 'action-text-unclear'],
      ['leicester-2018', '5.39', 118, 'action-text-unclear'],
      ['leicester-2018', '5.40', 119, 'action-text-unclear'],
      ['leicester-2018', '5.45', 134, 'target-missing'],
    ]);
  });

  it('records every repair, by kind', () => {
    const counts: Record<string, number> = {};
    for (const a of dataset.anomalies.filter((x) => x.severity === 'repair'))
      counts[a.kind] = (counts[a.kind] ?? 0) + 1;
    expect(counts).toEqual({
      'cells-shifted': 2,
      'duplicate-text': 3,
      'garbled-duplicate': 2,
      'heading-moved': 1,
      'id-glued': 2,
      'id-inferred': 2,
      'owner-inherited': 12,
      'owner-joined': 3,
      'owners-split': 15,
      'reference-bracket': 1,
      'sentence-joined': 6,
      'spacing-repaired': 8,
      'target-repeated': 2,
      'text-in-number-column': 1,
      'year-inferred': 1,
    });
  });

  it('names the file, line and item of each repair in plain English', () => {
    const find = (kind: string, item: string) => dataset.anomalies.find((a) => a.kind === kind && a.item === item);
    expect(find('heading-moved', '5.3')).toEqual({
      file: '000_653c83a5637c60bc.txt',
      line: 30,
      plan: 'rochester-2017',
      item: '5.3',
      kind: 'heading-moved',
      severity: 'repair',
      message:
        'The heading "Main recommendation to the governor and HMPPS" was printed inside the split row of this item; it applies from the next item on.',
      text: null,
      where: 'line 30',
    });
    expect(find('id-inferred', '5.4')).toMatchObject({
      file: '002_3cba4798597cd07c.txt',
      line: 41,
      message: 'The number is missing from the document; 5.4 was inferred because it falls between 5.3 and 5.5.',
    });
    expect(find('owner-joined', '5.21')).toMatchObject({
      line: 72,
      text: 'Foundation Trust',
      message: 'An owner split by a page break was joined: "Governor/ Director Oxleas NHS Foundation Trust".',
    });
    expect(find('owners-split', '5.18')).toMatchObject({
      line: 74,
      message:
        'The owner cell "Governor Governor Executive Director, Rehabilitation & Assurance" names 3 owners run together; it was split: "Governor", "Governor", "Executive Director, Rehabilitation & Assurance".',
    });
    expect(find('target-repeated', '5.12')).toMatchObject({ plan: 'elmley-2019', line: 72, text: 'November 2019' });
    expect(find('cells-shifted', '5.7')).toMatchObject({ plan: 'elmley-2019', line: 52 });
    expect(find('reference-bracket', '5.22')).toMatchObject({ plan: 'leicester-2018', line: 83 });
  });
});
