// npm run bench -- --plans N: builds a synthetic archive of N plans, then times
// ingest, astro build and Pagefind apart, with peak memory (GNU time), pages,
// output size, and the bytes of a first search in headless Chromium.
// A benchmark, not a test: it prints figures and writes them as JSON.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, serve } from '../tests/support/site.ts';

const { values } = parseArgs({ options: { plans: { type: 'string', default: '1000' }, seed: { type: 'string', default: 'action-plans' } } });
const plans = Number(values.plans);
const corpus = `/tmp/action-plans-bench-${plans}`;
const out = 'dist-bench';
const bin = (name: string) => join('node_modules/.bin', name);

function timed(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stderr.slice(-2000)}`);
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  console.log(`${label}: ${seconds} s, peak ${(kb! / 1024).toFixed(0)} MB`);
  return { seconds: seconds!, peakMB: Math.round(kb! / 1024) };
}

function walk(dir: string): { files: number; bytes: number; html: number } {
  let files = 0, bytes = 0, html = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const w = walk(p);
      files += w.files; bytes += w.bytes; html += w.html;
    } else {
      files++; bytes += s.size;
      if (name.endsWith('.html')) html++;
    }
  }
  return { files, bytes, html };
}

rmSync(corpus, { recursive: true, force: true });
execFileSync(process.execPath, ['scripts/bench-corpus.ts', '--plans', String(plans), '--out', corpus, '--seed', values.seed!], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });

const ingest = timed('ingest', process.execPath, ['scripts/ingest.ts', '--source', corpus]);
const astro = timed('astro build', bin('astro'), ['build', '--outDir', out], { PLANS_DIR: corpus });
const pagefind = timed('pagefind', bin('pagefind'), ['--site', out]);
const size = walk(out);

const site = await serve(out);
const browser = await launch();
const page = await browser.newPage();
let responses: import('playwright-core').Response[] = [];
page.on('response', (r) => responses.push(r));
/** Bytes on the wire so far: bodies as transferred and headers. */
const transferredKB = async () => {
  const sizes = await Promise.all(responses.map((r) => r.request().sizes()));
  return Math.round(sizes.reduce((n, s) => n + s.responseBodySize + s.responseHeadersSize, 0) / 1024);
};
const started = Date.now();
await page.goto(site.url('/search/?q=use+of+force'));
await page.waitForSelector('.results li', { timeout: 60_000 });
const firstQuery = { kb: await transferredKB(), ms: Date.now() - started };
responses = [];
await page.locator('#q').fill('dental waiting times');
await page.locator('#q').press('Enter');
await page.waitForFunction(() => /dental waiting times/.test(document.getElementById('status')?.textContent ?? ''));
const laterQueryKB = await transferredKB();
await browser.close();
await site.close();

const total = ingest.seconds + astro.seconds + pagefind.seconds;
const result = {
  plans,
  pages: size.html,
  ingest,
  astro: { ...astro, pagesPerSecond: Math.round(size.html / astro.seconds) },
  pagefind,
  total: { seconds: Math.round(total * 10) / 10, peakMB: Math.max(ingest.peakMB, astro.peakMB, pagefind.peakMB) },
  output: { files: size.files, MB: Math.round(size.bytes / 1024 / 1024) },
  search: { firstQueryKB: firstQuery.kb, firstQueryMs: firstQuery.ms, laterQueryKB },
};
console.table({
  ingest: { seconds: ingest.seconds, 'peak MB': ingest.peakMB },
  'astro build': { seconds: astro.seconds, 'peak MB': astro.peakMB, 'pages/s': result.astro.pagesPerSecond },
  pagefind: { seconds: pagefind.seconds, 'peak MB': pagefind.peakMB },
  total: { seconds: result.total.seconds, 'peak MB': result.total.peakMB },
});
console.log(`pages: ${size.html}; output: ${size.files} files, ${result.output.MB} MB; first search: ${firstQuery.kb} KB in ${firstQuery.ms} ms; a later search: ${laterQueryKB} KB`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/bench-${plans}.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(`bench: wrote bench-results/bench-${plans}.json (run npm run ingest again to restore the built-in dataset)`);
