// A deterministic synthetic archive for benchmarks: the real plans' item rows,
// headings and owners recombined under invented establishment names and dates,
// in all four shapes, damage and all. Never committed; made on demand.
import seedrandom from 'seedrandom';
import { plainText } from '../../src/documents/readers/markup.ts';
import { textDocument } from '../../src/documents/readers/text.ts';
import { findLayout } from '../../src/parse/layout.ts';
import { statusOf } from '../../src/parse/status.ts';
import { parseDocument } from '../../src/parse/document.ts';
import { yearOf } from '../../src/dataset/build.ts';

export interface Seed {
  name: string;
  text: string;
}

interface Shape {
  /** Lines above the table, with the establishment and dates to replace. */
  front: string[];
  header: string;
  /** Item blocks: the lines from one numbered row to the next, headings included. */
  blocks: string[][];
  kind: 'recommendations' | 'concerns';
  year: number;
}

const PLACES = [
  'Ashcombe',
  'Bramley',
  'Castleford',
  'Dunmore',
  'Elverton',
  'Fairhaven',
  'Greystoke',
  'Hartwell',
  'Ivybridge',
  'Kingsmoor',
  'Lowther',
  'Marsden',
  'Northgate',
  'Oakhurst',
  'Pendle',
  'Queensbury',
  'Ravenscar',
  'Stanmore',
  'Thornbury',
  'Upton',
  'Wexcombe',
  'Yarrow',
];
const SUFFIXES = ['', ' Vale', ' Park', ' Hill', ' Moor', ' Heath'];

function shapeOf(seed: Seed): Shape | null {
  const lines = seed.text.replace(/\r\n?/g, '\n').split('\n');
  const doc = textDocument(lines.join('\n'));
  const layout = findLayout(doc.rows);
  if (!layout) return null;
  const table = lines.slice(layout.line);
  const end = table.findIndex((l) => /^(?:recommendations|concerns)$/i.test(plainText(l.split('\t')[0] ?? '')));
  const rows = end < 0 ? table : table.slice(0, end);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const row of rows) {
    const cells = row.split('\t');
    const starts =
      /^\d/.test(plainText(cells[0] ?? '')) ||
      (layout.kind === 'recommendations' && statusOf(plainText(cells[2] ?? '')) !== null);
    if (starts && current.some((l) => /^\S/.test(l) || statusOf(plainText(l.split('\t')[2] ?? '')))) {
      blocks.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length) blocks.push(current);
  // The year the reader gives the plan, so shifting the dates moves the plan to the year wanted.
  const parsed = parseDocument(seed.name, doc).plan;
  const year = (parsed && yearOf(parsed)) ?? 2018;
  return { front: lines.slice(0, layout.line - 1), header: lines[layout.line - 1]!, blocks, kind: layout.kind, year };
}

/** Like the real estate: some 125 prisons, each inspected every year or two. */
const ESTABLISHMENTS = 125;
const INSPECTIONS_PER_ROUND = 8;
const FIRST_YEAR = 2016;
/** Concerns replaced recommendations in 2022. */
const CONCERNS_FROM = 2022;

/** `count` plan documents, the same for the same seed. */
export function generateCorpus(seeds: Seed[], count: number, seed = 'action-plans'): Seed[] {
  const random = seedrandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const shapes = seeds.map(shapeOf).filter((s): s is Shape => s !== null);
  const byKind = {
    recommendations: shapes.filter((s) => s.kind === 'recommendations'),
    concerns: shapes.filter((s) => s.kind === 'concerns'),
  };
  const used = { recommendations: 0, concerns: 0 };
  const out: Seed[] = [];
  for (let i = 0; i < count; i++) {
    // Eight inspections of one prison in a row, then the next prison; past 125 prisons, eight more years each.
    const e = Math.floor(i / INSPECTIONS_PER_ROUND) % ESTABLISHMENTS;
    const year =
      FIRST_YEAR +
      (i % INSPECTIONS_PER_ROUND) +
      INSPECTIONS_PER_ROUND * Math.floor(i / (INSPECTIONS_PER_ROUND * ESTABLISHMENTS));
    const kind = year >= CONCERNS_FROM && byKind.concerns.length ? 'concerns' : 'recommendations';
    // Every template of the kind in turn, so a small corpus has them all.
    const shape = byKind[kind][used[kind]++ % byKind[kind].length]!;
    const place = `${PLACES[e % PLACES.length]}${SUFFIXES[Math.floor(e / PLACES.length) % SUFFIXES.length]}${e >= PLACES.length * SUFFIXES.length ? ` ${e}` : ''}`;
    const shift = year - shape.year;
    const sameKind = byKind[kind];
    // Keep the template's first blocks (they carry its headings), then mix in blocks of its kind.
    const n = shape.blocks.length;
    const blocks = shape.blocks.map((b, k) => (k < 3 || random() < 0.5 ? b : pick(pick(sameKind).blocks)));
    const statuses = blocks.flatMap((b) => b.map((l) => statusOf(plainText(l.split('\t')[2] ?? ''))).filter(Boolean));
    const front = shape.front.map((l) =>
      l
        .replace(/(HMP(?: & YOI)?|HMP\/YOI)\s+[A-Za-z]+/gi, `$1 ${place}`)
        .replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + shift)),
    );
    const summary =
      shape.kind === 'recommendations'
        ? [
            '',
            'Recommendations\t',
            `Agreed\t${statuses.filter((s) => s === 'agreed').length}`,
            `Partly Agreed\t${statuses.filter((s) => s === 'partly_agreed').length}`,
            `Not Agreed\t${statuses.filter((s) => s === 'not_agreed').length}`,
            `Total\t${statuses.length}`,
          ]
        : [];
    // Renumber the blocks in order, keeping their damage (a number glued to the text, or missing).
    const numbered = blocks.slice(0, n).map((b, k) => {
      const id = shape.kind === 'recommendations' ? `5.${k + 1}` : String(k + 1);
      const first = b.findIndex((l) => /^(?:<b>)?\d+(?:\.\d+)?\b/.test(l));
      return first < 0 ? b : b.map((l, j) => (j === first ? l.replace(/^(<b>)?\d+(?:\.\d+)?/, `$1${id}`) : l));
    });
    const text = [...front, shape.header, ...numbered.flat(), ...summary].join('\n');
    out.push({ name: `${String(i).padStart(5, '0')}_${place.toLowerCase().replace(/\W+/g, '-')}.txt`, text });
  }
  return out;
}
