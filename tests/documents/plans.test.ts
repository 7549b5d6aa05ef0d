// The five built-in plans, read exactly: ids, statuses, texts, owners, dates.
import { describe, expect, it } from 'vitest';
import { dataset, item, plan } from '../support/seeds.ts';

const STATUS = { A: 'agreed', P: 'partly_agreed', N: 'not_agreed' } as const;
/** Statuses of items 5.1, 5.2, … read off each document's status column. */
const statuses = (letters: string) => [...letters].map((c, i) => [`5.${i + 1}`, STATUS[c as keyof typeof STATUS]]);

describe('plans', () => {
  it('finds five plans at four establishments, with stable ids and URLs', () => {
    expect(dataset.plans.map((p) => [p.id, p.source, p.url, p.kind, p.items.length])).toEqual([
      ['elmley-2019', '002_3cba4798597cd07c.txt', '/prisons/elmley/2019/', 'recommendations', 31],
      ['ford-2016', '003_d5c8efc2574a808a.txt', '/prisons/ford/2016/', 'recommendations', 43],
      ['leicester-2018', '004_118ba5f91bde9054.txt', '/prisons/leicester/2018/', 'recommendations', 46],
      ['rochester-2017', '000_653c83a5637c60bc.txt', '/prisons/rochester/2017/', 'recommendations', 46],
      ['rochester-2024', '001_ff6fe2fa878ff173.txt', '/prisons/rochester/2024/', 'concerns', 13],
    ]);
    expect(dataset.establishments).toEqual([
      {
        id: 'elmley',
        name: 'HMP Elmley',
        namesAsWritten: ['HMP Elmley'],
        planIds: ['elmley-2019'],
        url: '/prisons/elmley/',
      },
      { id: 'ford', name: 'HMP Ford', namesAsWritten: ['HMP FORD'], planIds: ['ford-2016'], url: '/prisons/ford/' },
      {
        id: 'leicester',
        name: 'HMP Leicester',
        namesAsWritten: ['HMP Leicester'],
        planIds: ['leicester-2018'],
        url: '/prisons/leicester/',
      },
      {
        id: 'rochester',
        name: 'HMP Rochester',
        namesAsWritten: ['HMP & YOI Rochester', 'HMP Rochester'],
        planIds: ['rochester-2017', 'rochester-2024'],
        url: '/prisons/rochester/',
      },
    ]);
  });

  it('reads every plan’s dates, inferring the year Ford’s report was published', () => {
    const dates = (id: string) => {
      const p = plan(id);
      return [p.establishment, p.inspectionStart, p.inspectionEnd, p.reportPublished, p.planSubmitted];
    };
    expect(dates('rochester-2017')).toEqual([
      'HMP & YOI Rochester',
      '2017-10-23',
      '2017-11-03',
      '2018-03-15',
      '2018-06-19',
    ]);
    expect(dates('rochester-2024')).toEqual(['HMP Rochester', '2024-08-12', '2024-08-22', '2024-11-11', '2024-12-13']);
    expect(dates('elmley-2019')).toEqual(['HMP Elmley', '2019-04-23', '2019-05-03', '2019-08-20', '2019-11-05']);
    expect(dates('ford-2016')).toEqual(['HMP FORD', '2016-06-06', '2016-06-17', '2016-10-18', '2016-12-23']);
    expect(dates('leicester-2018')).toEqual(['HMP Leicester', null, null, '2018-05-31', '2018-07-18']);
    expect(dataset.anomalies.find((a) => a.kind === 'year-inferred')).toMatchObject({
      file: '003_d5c8efc2574a808a.txt',
      line: 9,
      plan: 'ford-2016',
      severity: 'repair',
      message: '"Tuesday 18 October" has no year; 2016 was inferred from the weekday and the inspection year.',
    });
  });

  it('reads every id and status, and they agree with each plan’s printed summary', () => {
    const read = (id: string) => plan(id).items.map((i) => [i.id, i.status]);
    expect(read('rochester-2017')).toEqual(statuses('AAPPNAAAAPAPAAAAAAAAAAAAAAAAAPANAAAAAAAAAAPAAA'));
    expect(read('elmley-2019')).toEqual(statuses('AAAAAAPAAAAAAAAAAAAPAAAAAAAPAPA'));
    expect(read('ford-2016')).toEqual(statuses('AAANAAAAAAAAAANAAAAAAAAAAAANAPAAAAAAAAPPAPA'));
    expect(read('leicester-2018')).toEqual(statuses('AAAPAAAAAAANNNNAAAAAAAAAAPAPAAANPAAAAAAAAPPAPA'));
    expect(read('rochester-2024')).toEqual(Array.from({ length: 13 }, (_, i) => [String(i + 1), null]));

    const summary = (id: string) => {
      const s = plan(id).summary!;
      return [s.agreed, s.partlyAgreed, s.notAgreed, s.total];
    };
    expect(summary('rochester-2017')).toEqual([38, 6, 2, 46]);
    expect(summary('elmley-2019')).toEqual([27, 4, 0, 31]);
    expect(summary('ford-2016')).toEqual([36, 4, 3, 43]);
    expect(summary('leicester-2018')).toEqual([34, 7, 5, 46]);
    expect(plan('rochester-2024').summary).toBeNull();
    expect(dataset.anomalies.filter((a) => a.kind === 'summary-mismatch')).toEqual([]);
  });

  it('keeps the 2016 wording of statuses as written', () => {
    expect(item('ford-2016', '5.30')).toMatchObject({
      status: 'partly_agreed',
      statusAsWritten: 'Accepted Subject to Resources',
    });
    expect(item('ford-2016', '5.39')).toMatchObject({ status: 'partly_agreed', statusAsWritten: 'Partially Accepted' });
    expect(item('ford-2016', '5.4')).toMatchObject({ status: 'not_agreed', statusAsWritten: 'Rejected' });
  });

  it('reads groups and sections as written', () => {
    const where = (p: string, id: string) => [item(p, id).group, item(p, id).section];
    expect(where('rochester-2017', '5.3')).toEqual(['Main recommendations to the governor', null]);
    expect(where('rochester-2017', '5.4')).toEqual(['Main recommendation to the governor and HMPPS', null]);
    expect(where('rochester-2017', '5.5')).toEqual(['Main recommendation to HMPPS and the MOJ', null]);
    expect(where('rochester-2017', '5.9')).toEqual(['Recommendations', 'Managing behaviour']);
    expect(where('elmley-2019', '5.1')).toEqual(['Main recommendations: To the governor and HMPPS', null]);
    expect(where('elmley-2019', '5.26')).toEqual(['Recommendations', 'Time out of cell']);
    expect(where('ford-2016', '5.5')).toEqual(['Recommendation To NOMS', 'Strategic management of resettlement']);
    expect(where('ford-2016', '5.7')).toEqual(['Recommendations To the governor', 'Bullying and violence reduction']);
    expect(where('rochester-2024', '7')).toEqual(['Priority concerns', null]);
    expect(where('rochester-2024', '8')).toEqual(['Key Concerns', null]);
  });
});

describe('hard cases', () => {
  it('Rochester 2017 5.3: a row split by a page break with a heading printed inside it', () => {
    const i = item('rochester-2017', '5.3');
    expect(i).toMatchObject({
      text: 'The prison should ensure men have a good amount of time out of their cells every day and all men should have the opportunity during this time to engage in purposeful activities which support their rehabilitation.',
      refs: ['S47'],
      referenceAsWritten: '(S47)',
      status: 'partly_agreed',
      statusAsWritten: 'Partly Agreed',
    });
    expect(i.actions.map((a) => [a.owner, a.target, a.due])).toEqual([
      ['Governor', 'June 2019', '2019-06'],
      ['Governor', 'July 2018', '2018-07'],
    ]);
    expect(i.actions[0]!.text).toMatch(
      /eight hours on a weekend, in line with other prisons, which will be in place by June 2019\.$/,
    );
    expect(i.actions[1]!.text).toBe(
      'A curriculum review will be completed by the end of July 2018 and with the recruitment of education and industry staff, these will allow the number of activity places to be increased to the benchmark figure of 261.',
    );
    expect(i.response).toBe(`${i.actions[0]!.text}\n\n${i.actions[1]!.text}`);
  });

  it('stitches texts split over several lines', () => {
    expect(item('rochester-2017', '5.16')).toMatchObject({
      text: "Managers should address the prisoners' negative views of the food and seek ways to improve it.",
      refs: ['2.19'],
    });
    expect(item('rochester-2017', '5.33')).toMatchObject({
      text: 'The prison should introduce accredited functional skills training and support for men working in prison industries and workplaces.',
      refs: ['3.21'],
    });
    expect(item('ford-2016', '5.40').text).toBe(
      'Indeterminate-sentenced prisoners should be supported to develop the necessary life skills for living independently.',
    );
    expect(item('rochester-2024', '4').text).toBe(
      'The availability and use of illicit drugs posed a major threat to safety and security. The positive drug testing rate was among the highest for this type of prison.',
    );
  });

  it('Elmley: numbers missing, glued to the text, and text printed twice', () => {
    expect(item('elmley-2019', '5.4')).toMatchObject({
      idInferred: true,
      text: 'and actively engage with prisoners during periods of unlock to enforce rules',
      refs: [],
      status: 'agreed',
    });
    expect(item('elmley-2019', '5.9')).toMatchObject({
      idInferred: true,
      text: 'The reducing reoffending strategy should meet the needs of the specific population at Elmley to ensure that interventions are appropriate.',
      refs: ['S42'],
    });
    expect(item('elmley-2019', '5.7')).toMatchObject({
      idInferred: false,
      text: 'Prisoners should be able to access internal and external health appointments promptly and within community-equivalent waiting times.',
      refs: ['S40'],
      status: 'partly_agreed',
    });
    expect(item('elmley-2019', '5.25')).toMatchObject({
      text: 'Managers should eliminate the weaker practice in teaching and learning and improve the quality so that it is at least good.',
      refs: ['3.27'],
    });
    expect(item('elmley-2019', '5.2').text).toBe(
      "The prison's investigations into incidents of violence should be comprehensive and thorough to ensure that the perpetrators and victims of violence are managed and supported, and to understand the causes of violence.",
    );
    expect(dataset.plans.flatMap((p) => p.items.filter((i) => i.idInferred).map((i) => i.key))).toEqual([
      'elmley-2019/5-4',
      'elmley-2019/5-9',
    ]);
  });

  it('Elmley 5.7 and 5.25: rows shifted one column are put back', () => {
    expect(item('elmley-2019', '5.7').actions.map((a) => [a.owner, a.target])).toEqual([
      ['NHSE/ Governor', 'November 2019'],
      ['Governor', 'Completed'],
      ['Governor', 'Completed'],
      ['Governor', 'Completed'],
    ]);
    expect(item('elmley-2019', '5.7').actions[1]!.text).toMatch(
      /^Whilst the staffing profile of Prison Officers at HMP\/YOI Elmley has improved/,
    );
    expect(item('elmley-2019', '5.25').actions.map((a) => [a.owner, a.target])).toEqual([
      ['Weston College/ Governor', 'March 2020'],
      ['Governor', 'December 2019'],
    ]);
  });

  it('sets aside OCR garbage that repeats the end of a text', () => {
    expect(item('elmley-2019', '5.26')).toMatchObject({
      text: 'Staff should ensure that all prisoners attend their allocated activity and arrive on time. Staff should be made aware promptly of the reasons for prisoner absences, and take action to record these accurately and deal with unauthorised absences.',
      refs: ['3.32'],
    });
    expect(item('rochester-2024', '11').text).toBe(
      'Leaders had been too slow to implement a prison-wide reading strategy. Reading was not promoted sufficiently across the prison and too many prisoners did not receive appropriate support to develop their skills.',
    );
    expect(
      dataset.anomalies.filter((a) => a.kind === 'garbled-duplicate').map((a) => [a.plan, a.item, a.line, a.text]),
    ).toEqual([
      ['rochester-2024', '11', 81, 'SKIIIS.'],
      ['elmley-2019', '5.26', 114, 'unaumonsed absences. (5.52)'],
    ]);
  });

  it('mends words run together, and records each mend', () => {
    expect(item('rochester-2024', '6').text).toBe(
      'The offender management unit (OMU) was critically under-resourced and unable to deliver its core functions. There were weaknesses in public protection and risk management work, and insufficient contact between prison offender managers and prisoners, limiting support for sentence progression.',
    );
    expect(dataset.anomalies.filter((a) => a.kind === 'spacing-repaired' && a.item === '6').map((a) => a.text)).toEqual(
      ['functions.There', '(OMU)was', 'work,and', 'andunable', 'publicprotection'],
    );
  });

  it('reads references with repeats and a lost bracket', () => {
    const ref = (p: string, id: string) => [item(p, id).refs, item(p, id).repeatedRefs, item(p, id).referenceAsWritten];
    expect(ref('rochester-2017', '5.11')).toEqual([['1.37'], ['1.40'], '(1.37, repeated recommendation 1.40)']);
    expect(ref('ford-2016', '5.15')).toEqual([['2.7'], ['HP47'], '(2.7, repeated recommendation HP47)']);
    expect(ref('leicester-2018', '5.17')).toEqual([['2.25'], ['2.45'], '(2.25 repeated recommendation 2.45)']);
    expect(ref('leicester-2018', '5.22')).toEqual([['2.58'], ['2.60'], '2.58, repeated recommendation 2.60)']);
    expect(item('leicester-2018', '5.22').text).toBe(
      'Clinical areas should be fully compliant with current infection control standards',
    );
  });
});

describe('owners and target dates', () => {
  const actions = (p: string, id: string) => item(p, id).actions.map((a) => [a.owner, a.target, a.due]);

  it('splits owners and dates run together in one cell (Leicester)', () => {
    expect(actions('leicester-2018', '5.7')).toEqual([
      ['Governor', 'August 2018', '2018-08'],
      ['Governor', 'September 2018', '2018-09'],
    ]);
    expect(actions('leicester-2018', '5.18')).toEqual([
      ['Governor', 'September 2018', '2018-09'],
      ['Governor', 'Completed', 'completed'],
      ['Executive Director, Rehabilitation & Assurance', 'Completed and ongoing', 'completed-and-ongoing'],
    ]);
    expect(actions('leicester-2018', '5.39')).toEqual([
      ['Governor and Director of Milton Keynes College', 'September 2018', '2018-09'],
      ['Governor', 'Completed', 'completed'],
    ]);
    expect(item('leicester-2018', '5.7').actions.map((a) => a.text)).toEqual([null, null]);
  });

  it('aligns <p> lists of responses, owners and dates (Leicester)', () => {
    const i = item('leicester-2018', '5.2');
    expect(actions('leicester-2018', '5.2')).toEqual([
      ['Governor', 'Completed', 'completed'],
      ['Governor', 'September 2018', '2018-09'],
      ['Governor', 'September 2018', '2018-09'],
    ]);
    expect(i.actions[2]!.text).toBe(
      "Any concerns raised from viewing the CCTV or Annex A's, will be communicated to the Deputy Governor and an investigation carried out.",
    );
    expect(actions('leicester-2018', '5.3')).toEqual([
      ['Governor', 'October 2018', '2018-10'],
      ['Governor', 'Completed', 'completed'],
      ['Governor', 'Completed', 'completed'],
    ]);
    expect(item('leicester-2018', '5.3').actions[2]!.text).toBe(
      "A 'Rapiscan' product to meet the most demanding threat detection needs has been purchased and introduced. Numerous finds have already been discovered.",
    );
    expect(actions('leicester-2018', '5.25')).toEqual([
      [
        'Director of Nottinghamshire Healthcare Foundation Trust / Leicester City Council and Governor',
        'Completed',
        'completed',
      ],
      ['Director of Nottinghamshire Healthcare Foundation Trust / Leicester City Council', 'September 2018', '2018-09'],
      [null, 'October 2018', '2018-10'],
    ]);
  });

  it('keeps joint owners whole, including one split by a page break', () => {
    expect(actions('rochester-2017', '5.21')).toEqual([
      ['Governor/ Director Oxleas NHS Foundation Trust', 'Completed and ongoing', 'completed-and-ongoing'],
    ]);
    expect(actions('rochester-2017', '5.25')).toEqual([
      ['Governor/ Director Oxleas NHS Foundation Trust', 'September 2018', '2018-09'],
    ]);
    expect(actions('ford-2016', '5.2')).toEqual([
      [
        'Head of Residence and Safety and The National Offender Management Service (NOMS) - National Service Management Team',
        '31 January 2017',
        '2017-01-31',
      ],
    ]);
    expect(actions('ford-2016', '5.5')).toEqual([
      [
        'Head of Offender Management and NOMS Offender Management and Public Protection Group',
        'Completed and ongoing',
        'completed-and-ongoing',
      ],
    ]);
  });

  it('reads one action per sub-row, with the owner of a merged cell', () => {
    expect(actions('rochester-2017', '5.15')).toEqual([
      ['Governor', 'November 2018', '2018-11'],
      ['Governor', 'September 2019', '2019-09'],
      ['Governor', 'June 2018', '2018-06'],
    ]);
    expect(item('rochester-2017', '5.15').actions[1]!.text).toBe(
      'Following this, the affordability of more extensive, long-term refurbishment will need to be considered.',
    );
    expect(actions('rochester-2017', '5.30')).toEqual([
      ['Governor', null, null],
      ['Governor', 'June 2018', '2018-06'],
      ['Governor', 'October 2018', '2018-10'],
    ]);
    expect(actions('rochester-2017', '5.44')).toEqual([
      ['KSS CRC', 'August 2018', '2018-08'],
      ['Governor', 'July 2018', '2018-07'],
    ]);
    expect(actions('rochester-2024', '1')).toEqual([
      ['Governor', 'March 2025', '2025-03'],
      ['Governor', 'March 2025', '2025-03'],
      ['Governor', 'March 2025', '2025-03'],
      ['Governor', 'March 2025', '2025-03'],
      ['Governor', 'February 2025', '2025-02'],
      ['Governor', 'January 2025', '2025-01'],
    ]);
  });

  it('reads ranges, states, repeated and absent targets', () => {
    expect(actions('ford-2016', '5.43')).toEqual([
      ['Head of Offender Management', '31 January 2017', '2017-01-31'],
      ['Head of Offender Management', 'April 2017 to December 2017', '2017-12'],
    ]);
    expect(actions('elmley-2019', '5.12')).toEqual([['Governor', 'November 2019', '2019-11']]);
    expect(actions('rochester-2024', '11')[0]).toEqual(['Governor', 'January 2025', '2025-01']);
    expect(actions('leicester-2018', '5.12')).toEqual([['Prison Group Director, East Midlands', null, null]]);
    expect(actions('ford-2016', '5.28')).toEqual([]);
    expect(item('ford-2016', '5.28').response).toMatch(
      /^The current service does not need additional patient group directions/,
    );
  });

  it('turns formatting into structure: paragraphs and list items, no markup', () => {
    expect(item('leicester-2018', '5.8').response).toBe(
      'HMP Leicester will introduce monthly multi-disciplinary Segregation Monitoring and Review Group (SMARG) meetings. At the meeting the following will be discussed and reviewed:\n• The use of segregation, addressing any issues.\n• The daily statutory duties and visits from relevant departments, to prisoners under segregation.\n• Segregation algorithms will be randomly selected and brought to this meeting for management assurance checks.',
    );
    const all = dataset.plans.flatMap((p) =>
      p.items.flatMap((i) => [i.text, i.response, ...i.actions.flatMap((a) => [a.text ?? '', a.owner ?? ''])]),
    );
    expect(all.filter((s) => /<\/?(?:p|b|u|ul|li)\b|\*\*/.test(s))).toEqual([]);
    expect(item('rochester-2017', '5.32').response).toMatch(
      /^This recommendation cannot be agreed as bringing all training facilities into use/,
    );
  });
});
