// Three small plans (a PDF, a Word and a text file by name), their dataset and their originals' bytes: what the
// downloads tests write, as unit tests (tests/unit/download-files.test.ts) and as processes (tests/perf/).
import config from '../../astro.config.mjs';
import { connect } from '../../src/connect/connect.ts';
import { readCuratedGlossary, readThemes } from '../../src/connect/editorial.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { rootUrl } from '../../src/dataset/urls.ts';
import { parseText } from './parse-text.ts';
import { planText } from './plan-text.ts';

const prison = (name: string, rows: string[][], options?: { concerns?: boolean }) =>
  planText(rows, options).replace('HMP Testshire', name);
// Fields that CSV must quote: commas, double quotes, line breaks; and words beyond ASCII.
const DOCUMENTS: [string, string][] = [
  [
    'northby-2017.pdf',
    prison('HMP Northby', [
      [
        '5.1',
        'Prisoners should have “timely” access to healthcare, including dental care (1.23)',
        'Agreed',
        'The "healthcare" team will review waiting lists, weekly.',
        'Head of Healthcare',
        'June 2018',
      ],
      [
        '5.2',
        'Café workers should be paid on time (2.10)',
        'Partly Agreed',
        'Pay rates will be reviewed.',
        'Governor',
        'December 2018',
      ],
    ]),
  ],
  [
    'southby-2017.docx',
    prison('HMP Southby', [
      [
        '5.1',
        'Use of force should be scrutinised (3.4)',
        'Not Agreed',
        'Not affordable; see the national policy.',
        'HMPPS',
        'Ongoing',
      ],
    ]),
  ],
  [
    'westby-2017.txt',
    prison('HMP Westby', [
      [
        '5.1',
        'Education places should be filled (4.1)',
        'Agreed',
        'Places, places and places.',
        'Head of Learning and Skills',
        'September 2018',
      ],
    ]),
  ],
];

export const dataset = connect(
  buildDataset(DOCUMENTS.map(([name, text]) => parseText(name, text))),
  readThemes(),
  readCuratedGlossary(),
);
// A line break inside a field, as a response of several paragraphs has.
dataset.plans[0]!.items[1]!.text += '\r\nwith a second line';
export const root = rootUrl(config.site, config.base);

/** Originals as their readers receive them: a PDF's binary bytes, a .docx (a zip), and text in Windows-1252. */
export const ORIGINALS: Record<string, Buffer> = {
  'northby-2017.pdf': Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)),
  ]),
  'southby-2017.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x1a, 0x00]),
  'westby-2017.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x0d, 0x0a]),
};
