// How fast the Word and PDF readers are, on the test documents:
//   npm run bench:readers
// - a 20-page PDF plan (tests/fixtures/office/speed/long-plan.pdf): read, and read and parsed;
// - the five plans as Word documents against the same five as text: the folder read and parsed,
//   and the whole ingest.
// Each figure is the median of several runs, after one run to warm up.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocuments, readFile } from '../src/ingest/read.ts';
import { readPdf } from '../src/documents/readers/pdf.ts';

const RUNS = 7;
const OFFICE = 'tests/fixtures/office';
const STEMS = [
  '000_653c83a5637c60bc',
  '001_ff6fe2fa878ff173',
  '002_3cba4798597cd07c',
  '003_d5c8efc2574a808a',
  '004_118ba5f91bde9054',
];

/** Median and best of RUNS runs: on a shared machine the best shows the code, the median the machine. */
async function median(run: () => Promise<unknown>): Promise<Timing> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, best: times[0]! };
}
interface Timing {
  median: number;
  best: number;
}

function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-readers-'));
  for (const f of files) copyFileSync(f, join(dir, f.split('/').at(-1)!));
  return dir;
}

const coldStart = performance.now();
const pdfBytes = new Uint8Array(readFileSync(`${OFFICE}/speed/long-plan.pdf`));
const first = await readPdf(pdfBytes);
const cold = performance.now() - coldStart;
const rows = first.ok ? first.document.rows : [];
const pages = new Set(rows.map((r) => r.page)).size;
const pdfRead = await median(() => readPdf(pdfBytes));
const pdfParsed = await median(() => readFile(`${OFFICE}/speed`, 'long-plan.pdf'));
const items = (await readFile(`${OFFICE}/speed`, 'long-plan.pdf')).parsed.plan?.items.length ?? 0;

const words = folder(STEMS.map((s) => `${OFFICE}/${s}.docx`));
const texts = folder(STEMS.map((s) => `${OFFICE}/text/${s}.txt`));
const wordMs = await median(() => readDocuments(words));
const textMs = await median(() => readDocuments(texts));
// The whole ingest (read, parse, connect, write the dataset), as a publisher runs it.
const ingest = (dir: string) => async () =>
  spawnSync(process.execPath, ['scripts/ingest.ts', '--source', dir, '--json', join(dir, 'out.json')], {
    encoding: 'utf8',
  });
const wordIngest = await median(ingest(words));
const textIngest = await median(ingest(texts));
rmSync(words, { recursive: true });
rmSync(texts, { recursive: true });

const ms = (t: Timing) => `${Math.round(t.median)} ms (best ${Math.round(t.best)} ms)`;
const ratio = (a: Timing, b: Timing) =>
  `Word/text ${(a.median / b.median).toFixed(2)} (best ${(a.best / b.best).toFixed(2)})`;
console.log(
  `20-page PDF (${pages} pages, ${items} items): read ${ms(pdfRead)}, read and parsed ${ms(pdfParsed)}; first read, loading PDF.js, ${Math.round(cold)} ms`,
);
console.log(`5 plans read and parsed: Word ${ms(wordMs)}, text ${ms(textMs)}; ${ratio(wordMs, textMs)}`);
console.log(
  `5 plans, npm run ingest: Word ${ms(wordIngest)}, text ${ms(textIngest)}; ${ratio(wordIngest, textIngest)}`,
);
