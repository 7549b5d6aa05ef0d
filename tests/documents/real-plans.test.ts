// Real plans as they come (issue 27): our own variants of each rule, each as Word, as the PDF LibreOffice prints of
// it with narrow columns, and as text (tests/fixtures/real-plans, made by
// scripts/fixtures/make-real-plans-variants.py). Every format must give the same plan, exactly.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.ts';
import { readFile } from '../../src/ingest/read.ts';

const DIR = 'tests/fixtures/real-plans';

async function read(file: string) {
  const doc = await readFile(DIR, file);
  const dataset = buildDataset([doc.parsed]);
  return { plan: dataset.plans[0]!, kinds: [...new Set(dataset.anomalies.map((a) => a.kind))].sort() };
}

/** A plan in brief: its dates, counts, notes and sign-off, then each item and its actions. */
const brief = (p: Awaited<ReturnType<typeof read>>['plan']) => ({
  dates: [p.inspectionStart, p.inspectionEnd, p.inspectionParts, p.reportPublished, p.planSubmitted],
  summary: p.summary && [p.summary.agreed, p.summary.partlyAgreed, p.summary.notAgreed, p.summary.total],
  notes: p.notes,
  signOff: p.signOff,
  items: p.items.map((i) => [
    i.id,
    i.idInferred,
    i.section,
    `${i.text} ${i.referenceAsWritten}`,
    i.status,
    i.actions.map((a) => [a.text, a.owner, a.target]),
  ]),
});

const KESTREL = {
  // Two parts, the year of the first carried back across the year end; "of" and a numeric date.
  dates: [
    '2020-11-30',
    '2021-01-15',
    [
      { start: '2020-11-30', end: '2020-12-02' },
      { start: '2021-01-11', end: '2021-01-15' },
    ],
    '2021-02-09',
    '2021-03-01',
  ],
  // The summary printed as one line, and a sign-off as a table of its own: neither is the last item.
  summary: [1, 1, 1, 3],
  notes: [],
  signOff: 'Signed off by Governor, HMP Kestrel Down\nDate 1 March 2021',
  items: [
    [
      '4.1',
      false,
      'Safety',
      'Use of force should be reviewed every week by a senior manager. (1.44)',
      'agreed',
      [
        [
          'Weekly use of force meetings chaired by the Deputy Governor now review all footage.',
          'Deputy Governor',
          'Completed',
        ],
      ],
    ],
    [
      '4.2',
      false,
      'Safety',
      'Segregated prisoners should have a daily shower and telephone call. (1.51)',
      'partly_agreed',
      [
        [
          "Daily showers are offered; telephone calls depend on the wing's new kiosks.",
          'Head of Residence',
          'April 2021',
        ],
      ],
    ],
    [
      '4.3',
      false,
      'Respect',
      'Food should be served at proper meal times. (2.30)',
      'not_agreed',
      [['The regime does not allow a later evening meal.', 'Governor', 'Completed']],
    ],
  ],
};

const LINNET_NOTES = [
  'Please note that the timescales below assume visits resume in full by the summer.',
  'An update on each action will be sent to the Prison Group Director every quarter.',
];
const linnet = (dentist: string) => ({
  dates: ['2021-05-03', '2021-05-14', [], '2021-06-02', '2021-06-14'],
  summary: [2, 0, 0, 2],
  notes: LINNET_NOTES,
  signOff: null,
  items: [
    [
      '5.1',
      false,
      null,
      `Prisoners should be able to see a ${dentist} within six weeks. (2.77)`,
      'agreed',
      [['A second dental session a week has been commissioned.', 'Head of Healthcare', 'September 2021']],
    ],
    [
      '5.2',
      false,
      null,
      'Visits should start on time. (4.8)',
      'agreed',
      [['Visits staff will be detailed from the start of each session.', 'Head of Operations', 'July 2021']],
    ],
  ],
});

const MERLIN = {
  dates: ['2020-09-07', '2020-09-18', [], '2020-10-06', '2020-10-20'],
  summary: [2, 1, 0, 3],
  notes: [],
  signOff: null,
  // No number column: each number is the item's paragraph reference, and reported as inferred.
  items: [
    [
      'S20',
      true,
      null,
      'Induction should be completed within a week of arrival. (S20)',
      'agreed',
      [['Induction has been moved to the first night centre.', 'Head of Residence', 'Completed']],
    ],
    [
      'S21',
      true,
      null,
      'Cells should be clean and decent. (S21)',
      'partly_agreed',
      [['A cell refurbishment programme has begun on two wings.', 'Head of Estates', 'March 2021']],
    ],
    [
      'S22',
      true,
      null,
      'Prisoners should have time in the open air every day. (S22)',
      'agreed',
      [['Exercise is now timetabled for every wing every day.', 'Head of Regime', 'November 2020']],
    ],
  ],
};

const OSPREY = {
  dates: [
    '2022-06-06',
    '2022-06-17',
    [
      { start: '2022-06-06', end: '2022-06-07' },
      { start: '2022-06-13', end: '2022-06-17' },
    ],
    '2022-07-21',
    '2022-08-11',
  ],
  summary: [2, 0, 0, 2],
  notes: [],
  signOff: null,
  // Two actions in one row: the same owner on two lines of a narrow cell is two owners, one for each target.
  items: [
    [
      '6.1',
      false,
      null,
      'Prisoners should have regular contact with their key worker. (3.12)',
      'agreed',
      [
        ['Key work sessions are recorded on the wing dashboard.', 'SPO/ Governor', 'Ongoing'],
        ['The Custodial Managers will check a sample every month.', 'SPO/ Governor', 'March 2023'],
      ],
    ],
    [
      '6.2',
      false,
      null,
      'Complaints should be answered within five days. (2.41)',
      'agreed',
      [
        ['A tracker now flags late replies to the business hub.', 'Head of Business Assurance', 'Completed'],
        ['Late replies are reported to the senior team monthly.', 'Governor', 'December 2022'],
      ],
    ],
  ],
};

const CASES: [string, string, object, string[]][] = [
  ['rule 1 and 3: dates in parts, a summary in one line, a sign-off', 'r1-kestrel-parts', KESTREL, []],
  ["rule 2: the plan's notes above and below the table", 'r2-linnet-notes', linnet('dentist'), ['plan-note']],
  ['rule 4: no number column', 'r4-merlin-nonumber', MERLIN, ['id-inferred']],
  ['rule 5: narrow owner and target cells', 'r5-osprey-narrow', OSPREY, []],
];

describe.each(CASES)('%s', (_, stem, want, kinds) => {
  it.each(['.docx', '.pdf', '.txt'])(`${stem}%s reads exactly as printed`, async (ext) => {
    const { plan, kinds: noted } = await read(`${stem}${ext}`);
    expect(brief(plan)).toEqual(want);
    expect(
      noted.filter((k) => ['plan-note', 'id-inferred', 'summary-mismatch', 'date-unreadable'].includes(k)),
    ).toEqual(kinds);
  });
});

describe('rule 6: damaged UTF-16 text', () => {
  it('reads a big-endian file without a byte-order mark and with a stray last byte, and notes the damage', async () => {
    const { plan, kinds } = await read('r6-linnet-utf16be-stray.txt');
    expect(brief(plan)).toEqual(linnet('dentist'));
    expect(kinds).toEqual(['encoding-damaged', 'encoding-guessed', 'plan-note']);
  });

  it('reads a lone surrogate as the replacement character, and notes it', async () => {
    const { plan, kinds } = await read('r6-linnet-lone-surrogate.txt');
    expect(brief(plan)).toEqual(linnet('d\uFFFDntist'));
    expect(kinds).toEqual(['encoding-damaged', 'plan-note']);
  });
});
