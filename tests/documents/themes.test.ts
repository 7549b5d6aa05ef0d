// Themes on the real plans: a hand-checked table of items and the theme a
// reader would file them under, drawn from all five plans.
import { describe, expect, it } from 'vitest';
import { dataset, item } from '../support/seeds.ts';

/** [plan, item, theme]: checked by reading each item, not by running the classifier. */
const HAND_CHECKED: [string, string, string][] = [
  ['rochester-2017', '5.1', 'behaviour-and-use-of-force'], // special cells
  ['rochester-2017', '5.2', 'security-and-drugs'], // illegal drugs
  ['rochester-2017', '5.3', 'time-out-of-cell'], // time out of cells, purposeful activity
  ['rochester-2017', '5.4', 'offender-management'], // OASys, offender supervisor
  ['rochester-2017', '5.5', 'leadership-and-staffing'], // closure and redevelopment
  ['rochester-2017', '5.6', 'early-days'],
  ['rochester-2017', '5.9', 'behaviour-and-use-of-force'],
  ['rochester-2017', '5.12', 'security-and-drugs'],
  ['rochester-2017', '5.13', 'self-harm-and-suicide'], // ACCT, under 'Safeguarding'
  ['rochester-2017', '5.14', 'self-harm-and-suicide'], // constant supervision
  ['rochester-2017', '5.16', 'living-conditions'], // food
  ['rochester-2017', '5.17', 'consultation-and-complaints'], // under 'Daily life'
  ['rochester-2017', '5.18', 'equality-and-faith'],
  ['rochester-2017', '5.23', 'health-and-social-care'],
  ['rochester-2017', '5.30', 'time-out-of-cell'],
  ['rochester-2017', '5.31', 'education-skills-work'],
  ['rochester-2017', '5.39', 'family-and-contact'],
  ['rochester-2017', '5.42', 'offender-management'],
  ['rochester-2017', '5.43', 'interventions'],
  ['rochester-2017', '5.44', 'interventions'],
  ['rochester-2017', '5.46', 'release-planning'],
  ['rochester-2024', '1', 'violence-reduction'],
  ['rochester-2024', '2', 'living-conditions'],
  ['rochester-2024', '3', 'education-skills-work'],
  ['rochester-2024', '4', 'security-and-drugs'],
  ['rochester-2024', '5', 'health-and-social-care'],
  ['rochester-2024', '6', 'offender-management'],
  ['rochester-2024', '7', 'leadership-and-staffing'],
  ['rochester-2024', '8', 'behaviour-and-use-of-force'], // 'Use of force was high, and oversight and accountability were lacking.'
  ['rochester-2024', '9', 'equality-and-faith'],
  ['rochester-2024', '10', 'health-and-social-care'], // 'Medicine administration and supply arrangements were poorly managed …'
  ['rochester-2024', '11', 'education-skills-work'],
  ['rochester-2024', '13', 'education-skills-work'],
  ['elmley-2019', '5.1', 'release-planning'],
  ['elmley-2019', '5.2', 'violence-reduction'],
  ['elmley-2019', '5.3', 'security-and-drugs'],
  ['elmley-2019', '5.5', 'living-conditions'],
  ['elmley-2019', '5.6', 'equality-and-faith'],
  ['elmley-2019', '5.7', 'health-and-social-care'],
  ['elmley-2019', '5.8', 'education-skills-work'],
  ['elmley-2019', '5.9', 'interventions'],
  ['elmley-2019', '5.10', 'offender-management'],
  ['elmley-2019', '5.11', 'offender-management'],
  ['elmley-2019', '5.12', 'early-days'],
  ['elmley-2019', '5.13', 'early-days'],
  ['elmley-2019', '5.14', 'behaviour-and-use-of-force'],
  ['elmley-2019', '5.16', 'behaviour-and-use-of-force'],
  ['elmley-2019', '5.18', 'consultation-and-complaints'],
  ['elmley-2019', '5.19', 'consultation-and-complaints'],
  ['elmley-2019', '5.21', 'substance-use-treatment'], // under 'Health, well-being and social care'
  ['elmley-2019', '5.22', 'health-and-social-care'],
  ['elmley-2019', '5.23', 'time-out-of-cell'],
  ['elmley-2019', '5.25', 'education-skills-work'], // teaching, printed under 'Time out of cell'
  ['elmley-2019', '5.26', 'education-skills-work'], // attendance, printed under 'Time out of cell'
  ['elmley-2019', '5.27', 'education-skills-work'],
  ['elmley-2019', '5.28', 'family-and-contact'],
  ['elmley-2019', '5.30', 'offender-management'],
  ['elmley-2019', '5.31', 'release-planning'], // ROTL, under 'Interventions'
  ['ford-2016', '5.1', 'equality-and-faith'],
  ['ford-2016', '5.2', 'living-conditions'],
  ['ford-2016', '5.3', 'release-planning'],
  ['ford-2016', '5.4', 'release-planning'],
  ['ford-2016', '5.5', 'offender-management'],
  ['ford-2016', '5.6', 'early-days'],
  ['ford-2016', '5.7', 'violence-reduction'],
  ['ford-2016', '5.9', 'self-harm-and-suicide'],
  ['ford-2016', '5.10', 'safeguarding'],
  ['ford-2016', '5.11', 'security-and-drugs'],
  ['ford-2016', '5.12', 'behaviour-and-use-of-force'],
  ['ford-2016', '5.14', 'substance-use-treatment'],
  ['ford-2016', '5.15', 'living-conditions'],
  ['ford-2016', '5.17', 'staff-prisoner-relationships'],
  ['ford-2016', '5.19', 'equality-and-faith'],
  ['ford-2016', '5.22', 'consultation-and-complaints'],
  ['ford-2016', '5.26', 'health-and-social-care'],
  ['ford-2016', '5.30', 'living-conditions'],
  ['ford-2016', '5.33', 'education-skills-work'],
  ['ford-2016', '5.39', 'offender-management'],
  ['ford-2016', '5.41', 'release-planning'],
  ['ford-2016', '5.43', 'interventions'],
  ['leicester-2018', '5.1', 'violence-reduction'],
  ['leicester-2018', '5.2', 'behaviour-and-use-of-force'],
  ['leicester-2018', '5.3', 'security-and-drugs'],
  ['leicester-2018', '5.4', 'living-conditions'],
  ['leicester-2018', '5.5', 'early-days'],
  ['leicester-2018', '5.10', 'self-harm-and-suicide'],
  ['leicester-2018', '5.11', 'safeguarding'],
  ['leicester-2018', '5.12', 'living-conditions'],
  ['leicester-2018', '5.14', 'living-conditions'],
  ['leicester-2018', '5.16', 'consultation-and-complaints'],
  ['leicester-2018', '5.18', 'equality-and-faith'],
  ['leicester-2018', '5.21', 'health-and-social-care'],
  ['leicester-2018', '5.25', 'health-and-social-care'],
  ['leicester-2018', '5.27', 'health-and-social-care'],
  ['leicester-2018', '5.31', 'health-and-social-care'],
  ['leicester-2018', '5.32', 'time-out-of-cell'],
  ['leicester-2018', '5.33', 'time-out-of-cell'],
  ['leicester-2018', '5.34', 'education-skills-work'],
  ['leicester-2018', '5.35', 'education-skills-work'],
  ['leicester-2018', '5.41', 'family-and-contact'],
  ['leicester-2018', '5.43', 'offender-management'],
  ['leicester-2018', '5.45', 'offender-management'],
  ['leicester-2018', '5.46', 'release-planning'], // sustainable accommodation, under 'Interventions'
];

describe('themes', () => {
  it('defines 19 themes, each under one healthy prison test', () => {
    expect(dataset.themes.map((t) => [t.id, t.test])).toEqual([
      ['early-days', 'safety'],
      ['behaviour-and-use-of-force', 'safety'],
      ['violence-reduction', 'safety'],
      ['self-harm-and-suicide', 'safety'],
      ['safeguarding', 'safety'],
      ['security-and-drugs', 'safety'],
      ['staff-prisoner-relationships', 'respect'],
      ['living-conditions', 'respect'],
      ['consultation-and-complaints', 'respect'],
      ['equality-and-faith', 'respect'],
      ['health-and-social-care', 'respect'],
      ['substance-use-treatment', 'respect'],
      ['time-out-of-cell', 'purposeful-activity'],
      ['education-skills-work', 'purposeful-activity'],
      ['family-and-contact', 'rehabilitation-and-release'],
      ['offender-management', 'rehabilitation-and-release'],
      ['interventions', 'rehabilitation-and-release'],
      ['release-planning', 'rehabilitation-and-release'],
      ['leadership-and-staffing', 'respect'],
    ]);
  });

  it(`puts every hand-checked item (${HAND_CHECKED.length}, from all five plans) under the right theme`, () => {
    expect(new Set(HAND_CHECKED.map(([p]) => p)).size).toBe(5);
    const wrong = HAND_CHECKED.filter(([p, id, theme]) => item(p, id).themes[0] !== theme).map(
      ([p, id, theme]) => `${p} ${id}: expected ${theme}, got ${item(p, id).themes[0]}`,
    );
    const accuracy = (HAND_CHECKED.length - wrong.length) / HAND_CHECKED.length;
    console.log(
      `theme accuracy: ${HAND_CHECKED.length - wrong.length} of ${HAND_CHECKED.length} (${(accuracy * 100).toFixed(1)}%)`,
    );
    expect(wrong).toEqual([]);
  });

  it('gives every item a primary theme with a reason, and files it under that theme', () => {
    const items = dataset.plans.flatMap((p) => p.items);
    expect(
      items.every(
        (i) => i.themes.length >= 1 && i.themeReasons[0]!.primary && i.themeReasons[0]!.theme === i.themes[0],
      ),
    ).toBe(true);
    expect(dataset.themes.reduce((n, t) => n + t.itemKeys.length, 0)).toBe(items.length);
    expect(item('rochester-2017', '5.9').themeReasons).toEqual([
      { theme: 'behaviour-and-use-of-force', primary: true, reason: 'heading: Managing behaviour' },
    ]);
    expect(item('elmley-2019', '5.26').themeReasons[0]).toEqual({
      theme: 'education-skills-work',
      primary: true,
      reason: 'heading: Time out of cell; words: allocated activity, attend, absences',
    });
    expect(item('rochester-2024', '8').themeReasons[0]).toEqual({
      theme: 'behaviour-and-use-of-force',
      primary: true,
      reason: 'words: use of force',
    });
    expect(item('rochester-2024', '1').themes).toEqual(['violence-reduction', 'self-harm-and-suicide']);
  });
});

describe('connections', () => {
  it('links similar items at other plans, above a threshold', () => {
    expect(item('rochester-2024', '8').related.map((r) => r.key)).toEqual(['leicester-2018/5-2', 'rochester-2017/5-9']);
    expect(item('ford-2016', '5.9').related[0]).toEqual({
      key: 'leicester-2018/5-10',
      score: 0.354,
      reason: 'similar words',
    });
    const all = dataset.plans.flatMap((p) => p.items.flatMap((i) => i.related.map((r) => [i.key, r] as const)));
    expect(all.every(([key, r]) => r.score >= 0.25 && key.split('/')[0] !== r.key.split('/')[0])).toBe(true);
  });

  it('links Rochester 2024 concerns to what the 2017 plan said on the same subject', () => {
    const before = (id: string) => item('rochester-2024', id).raisedBefore.map((l) => l.key);
    expect(before('4')[0]).toBe('rochester-2017/5-2'); // drugs
    expect(before('5')[0]).toBe('rochester-2017/5-23'); // health care: waiting for the GP
    expect(before('6')[0]).toBe('rochester-2017/5-4'); // offender management: OASys, offender supervisors
    expect(before('8')).toEqual(['rochester-2017/5-9']); // use of force
    expect(before('12')).toEqual(['rochester-2017/5-3']); // time out of cell and purposeful activity
    expect(
      dataset.plans
        .filter((p) => p.establishmentId !== 'rochester' || p.year === 2017)
        .every((p) => p.items.every((i) => i.raisedBefore.length === 0)),
    ).toBe(true);
  });

  it('links Rochester 2017 recommendations forward to the 2024 concerns that raised them again', () => {
    const again = (id: string) => item('rochester-2017', id).raisedAgain.map((l) => l.key);
    expect(again('5.2')).toContain('rochester-2024/4'); // drugs
    expect(again('5.23')).toContain('rochester-2024/5'); // health care
    expect(again('5.4')).toContain('rochester-2024/6'); // offender management
    expect(again('5.9')).toContain('rochester-2024/8'); // use of force
    // Exactly the reverse of raisedBefore, across the whole dataset.
    const items = dataset.plans.flatMap((p) => p.items);
    const forward = items.flatMap((i) => i.raisedAgain.map((l) => `${i.key} > ${l.key} ${l.score} ${l.reason}`)).sort();
    const backward = items
      .flatMap((i) => i.raisedBefore.map((l) => `${l.key} > ${i.key} ${l.score} ${l.reason}`))
      .sort();
    expect(forward).toEqual(backward);
    expect(forward.length).toBeGreaterThan(4);
  });

  it('harvests the definitions the plans give, and fills the rest from the curated list', () => {
    const entry = (term: string) => dataset.glossary.find((g) => g.term === term);
    expect(entry('ACCT')).toMatchObject({ expansion: 'Assessment, Care in Custody and Teamwork', source: 'document' });
    expect(entry('CSIP')).toMatchObject({ expansion: 'Challenge Support and Intervention Plans', source: 'document' });
    expect(entry('UoF')).toMatchObject({ expansion: 'Use of Force', source: 'document' });
    expect(entry('OASys')).toMatchObject({ expansion: 'Offender Assessment System', source: 'document' });
    expect(entry('CRC')).toMatchObject({ expansion: 'Community Rehabilitation Company' }); // not one plan's "Community Resettlement Company"
    expect(entry('CSU')).toEqual({ term: 'CSU', expansion: 'care and separation unit', source: 'curated', file: null });
  });

  it('attaches the glossary terms each item uses, spelt out or abbreviated', () => {
    expect(item('rochester-2017', '5.13').glossary).toContain('ACCT'); // abbreviated
    expect(item('ford-2016', '5.9').glossary).toContain('ACCT'); // 'assessment, care in custody and teamwork (ACCT)'
    expect(item('leicester-2018', '5.10').glossary).toContain('ACCT');
    expect(item('rochester-2024', '8').glossary).toEqual(expect.arrayContaining(['UoF', 'ORRU']));
    const acct = dataset.plans.flatMap((p) => p.items.filter((i) => i.glossary.includes('ACCT')).map((i) => i.key));
    expect(new Set(acct.map((k) => k.split('-')[0])).size).toBeGreaterThanOrEqual(3);
  });
});
