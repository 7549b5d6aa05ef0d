// npm run test:hostile [-- --repo <dir>] [--cases a,b] [--alone-only | --together-only] [--without-output-cases] [--json <file>]
//
// Every hostile case (scripts/hostile/generate.ts) through ingest alone, then
// all of them beside the tests' good plans through a full build:
//   - alone: ingest ends cleanly (exit 0 with --keep-going, no stack trace),
//     within 30 s, and its processes together never take 1 GB more memory
//     than ingest of one good plan;
//   - together: the build succeeds with PUBLISH_WITH_ERRORS=1 and every good
//     plan is published;
//   - the built site: every feed is well-formed XML with no live markup, no
//     page has a script of a document's or a javascript: link, no CSV cell can
//     start a formula, every JSON file parses, and no control characters.
// `--repo` runs another checkout's ingest (to measure the code before a change);
// `--json` writes each case's figures; `--stop-mb` stops a run whose processes take more (default 7,000). Exit status 1 when a check fails.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { CASES, planText, writeCase } from './generate.ts';

const { values } = parseArgs({
  options: {
    repo: { type: 'string', default: '.' },
    cases: { type: 'string' },
    'alone-only': { type: 'boolean', default: false },
    'together-only': { type: 'boolean', default: false },
    'without-output-cases': { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'stop-mb': { type: 'string', default: '7000' },
  },
});
const repo = resolve(values.repo!);
const SECONDS = 30;
const MORE_MB = 1024;
/** Beyond these the runner stops a run itself (the code before the limits): reported as stopped. */
const STOP_SECONDS = 120;
const STOP_MB = Number(values['stop-mb']);

interface Run {
  code: number | null;
  signal: string | null;
  seconds: number;
  peakMB: number;
  stopped: string | null;
  stdout: string;
  stderr: string;
}

/** Resident memory of a process and all its descendants, in KB (Linux /proc). */
function treeKB(pid: number): number {
  let kb = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').trim();
      for (const c of children ? children.split(' ') : []) kb += treeKB(Number(c));
    }
  } catch {
    // the process ended meanwhile
  }
  return kb;
}

/** A command, its wall time and the peak of its process tree's memory (sampled every 50 ms). */
function measure(
  command: string,
  args: string[],
  env: Record<string, string>,
  stopSeconds = STOP_SECONDS,
): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: repo, env: { ...process.env, ...env }, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-200_000)));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-200_000)));
    let peak = 0;
    let stopped: string | null = null;
    const sample = setInterval(() => {
      peak = Math.max(peak, treeKB(child.pid!));
      const seconds = (performance.now() - started) / 1000;
      if (!stopped && (seconds > stopSeconds || peak > STOP_MB * 1024)) {
        stopped = seconds > stopSeconds ? `stopped after ${stopSeconds} s` : `stopped at ${STOP_MB} MB`;
        process.kill(-child.pid!, 'SIGKILL');
      }
    }, 50);
    child.on('close', (code, signal) => {
      clearInterval(sample);
      done({
        code,
        signal,
        seconds: (performance.now() - started) / 1000,
        peakMB: Math.round(peak / 1024),
        stopped,
        stdout,
        stderr,
      });
    });
  });
}

// Each document is read by its own process every time, never taken from the parse cache.
const ingest = (source: string, json: string) =>
  measure(process.execPath, [join(repo, 'scripts/ingest.ts'), '--source', source, '--json', json, '--keep-going'], {
    ACTION_PLANS_CACHE: 'off',
  });

/** The lines of what ingest said about the documents: the lines that name a file, or the last lines. */
function message(run: Run, dir: string): string {
  const lines = `${run.stderr}\n${run.stdout}`.split('\n').filter((l) => l.trim());
  const told = lines.filter((l) => /not published:|skipped as|Error|FATAL|RangeError/.test(l));
  const some = told.length ? told : lines.filter((l) => /^ingest: \d+ plan/.test(l));
  return (some.length ? some : lines.slice(-2))
    .slice(0, 3)
    .map((l) =>
      l
        .replaceAll(`${dir}/`, '')
        .replace(/ Wrote .*$/, '')
        .trim()
        .slice(0, 220),
    )
    .join(' | ');
}

const STACK = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;
const failures: string[] = [];
const fail = (what: string) => {
  failures.push(what);
  console.log(`  FAIL ${what}`);
};

const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const outside = join(work, 'outside');
const cases = CASES.filter((c) => !values.cases || values.cases.split(',').includes(c.name));
const table: Record<string, unknown>[] = [];

// The measure of a good plan alone, which the cases are held to.
const good = join(work, 'good');
mkdirSync(good);
writeFileSync(join(good, 'good.txt'), planText('HMP Goodplan'));
const base = await ingest(good, join(work, 'good.json'));
console.log(`good plan alone: exit ${base.code}, ${base.seconds.toFixed(1)} s, ${base.peakMB} MB`);

for (const c of values['together-only'] ? [] : cases) {
  const dir = join(work, 'alone', c.name);
  writeCase(c, dir, outside);
  const run = await ingest(dir, join(work, `${c.name}.json`));
  const said = message(run, dir);
  console.log(
    `${c.name}: exit ${run.code ?? run.signal}, ${run.seconds.toFixed(1)} s, ${run.peakMB} MB${run.stopped ? ` (${run.stopped})` : ''}\n    ${said}`,
  );
  table.push({
    case: c.name,
    about: c.about,
    exit: run.code ?? run.signal,
    seconds: Number(run.seconds.toFixed(1)),
    peakMB: run.peakMB,
    stopped: run.stopped,
    message: said,
  });
  if (run.code !== 0) fail(`${c.name}: ingest exit ${run.code ?? run.signal}`);
  if (STACK.test(run.stderr) || STACK.test(run.stdout)) fail(`${c.name}: a stack trace was printed`);
  if (run.seconds > SECONDS) fail(`${c.name}: took ${run.seconds.toFixed(1)} s (over ${SECONDS} s)`);
  if (run.peakMB > base.peakMB + MORE_MB) fail(`${c.name}: ${run.peakMB} MB (over ${base.peakMB} + ${MORE_MB} MB)`);
  rmSync(join(work, `${c.name}.json`), { force: true });
}
if (values.json)
  writeFileSync(
    values.json,
    `${JSON.stringify({ base: { seconds: base.seconds, peakMB: base.peakMB }, cases: table }, null, 2)}\n`,
  );

if (!values['alone-only']) {
  // All the cases together beside the good plans, through a full build.
  const together = join(work, 'together');
  mkdirSync(together);
  const goodPlans = join(repo, 'tests/fixtures/plans');
  const goodNames = readdirSync(goodPlans).filter((n) => statSync(join(goodPlans, n)).isFile());
  for (const n of goodNames) cpSync(join(goodPlans, n), join(together, n));
  const included = cases.filter((c) => !(values['without-output-cases'] && c.output));
  for (const c of included) writeCase(c, together, outside);
  const out = join(work, 'site');
  const dataset = join(repo, 'generated/dataset.json');
  const build = await measure(
    'npm',
    ['run', 'build'],
    { PLANS_DIR: together, OUT_DIR: out, PUBLISH_WITH_ERRORS: '1', SITE_URL: 'https://plans.example.org' },
    1800,
  );
  console.log(
    `together (${included.length} cases beside ${goodNames.length} good plans): build exit ${build.code}, ${build.seconds.toFixed(1)} s, ${build.peakMB} MB`,
  );
  if (build.code !== 0)
    fail(`together: the build failed (exit ${build.code}): ${build.stderr.split('\n').slice(-6).join(' | ')}`);
  if (existsSync(dataset)) {
    const published = new Set(
      (JSON.parse(readFileSync(dataset, 'utf8')) as { plans: { source: string }[] }).plans.map((p) => p.source),
    );
    for (const n of [...goodNames, ...included.flatMap((c) => c.publishes ?? [])])
      if (!published.has(n)) fail(`together: the good plan ${n} was not published`);
  } else fail('together: no dataset was written');
  if (existsSync(out)) {
    scanSite(out);
    // Nothing from outside the plans folder is copied into the site, whatever a link says.
    const foreign = new Set(
      [join(outside, 'elsewhere.txt'), '/etc/passwd', '/etc/hostname']
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f, 'latin1')),
    );
    const documents = join(out, 'documents');
    for (const f of existsSync(documents) ? readdirSync(documents, { recursive: true, encoding: 'utf8' }) : []) {
      const p = join(documents, f);
      if (statSync(p).isFile() && foreign.has(readFileSync(p, 'latin1')))
        fail(`documents/${f}: a copy of a file outside the plans folder`);
    }
  } else fail('together: no site was built');
}

/** Every feed, page, CSV and JSON file of the site, for anything live or malformed. */
function scanSite(root: string) {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        // The original documents are the publisher's files, served as given; Pagefind's index is binary.
        if (!['documents', 'pagefind', '_astro'].includes(relative(root, p))) walk(p);
      } else files.push(p);
    }
  };
  walk(root);
  const at = (p: string) => relative(root, p);
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
  const LIVE = /<script\b|\son[a-z]+\s*=|javascript:/i;
  let checked = 0;
  for (const p of files) {
    const ext = p.slice(p.lastIndexOf('.') + 1).toLowerCase();
    if (!['html', 'xml', 'json', 'csv', 'txt', 'webmanifest'].includes(ext)) continue;
    checked++;
    const text = readFileSync(p, 'utf8');
    if (CONTROL.test(text))
      fail(`${at(p)}: control character U+${text.match(CONTROL)![0].charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (ext === 'xml') {
      try {
        new XMLParser().parse(text, true); // true: validate, throwing at the first fault
      } catch (e) {
        fail(`${at(p)}: not well-formed XML (${(e as Error).message})`);
      }
      // Markup outside CDATA and text (an element of the feed's own), or in html content once decoded.
      const outsideCdata = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
      if (/<script\b/i.test(outsideCdata)) fail(`${at(p)}: a <script> element`);
      for (const m of text.matchAll(
        /<(title|summary|content|subtitle|rights)\b[^>]*type="(?:html|xhtml)"[^>]*>([\s\S]*?)<\/\1>/g,
      )) {
        const decoded = m[2]!
          .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        if (LIVE.test(decoded)) fail(`${at(p)}: live markup in a ${m[1]} of type html: ${decoded.slice(0, 120)}`);
      }
    } else if (ext === 'html') {
      // Parsed as a browser parses it: words in a quoted attribute value ("<script>" in a
      // meta description) are text, not markup, so only elements and attributes count.
      const page = at(p);
      new Parser(
        {
          onopentag(name, attribs) {
            if (name === 'script') {
              const own =
                (attribs.src?.startsWith('/') && !attribs.src.startsWith('//')) ||
                (page.startsWith('search') && attribs.type === 'module');
              if (!own) fail(`${page}: a script that is not the site's own: <script ${JSON.stringify(attribs)}>`);
            }
            for (const [attr, value] of Object.entries(attribs)) {
              if (/^on/i.test(attr)) fail(`${page}: an event handler attribute ${attr} on <${name}>`);
              if (/^(?:href|src|action|formaction|xlink:href)$/i.test(attr) && /^\s*javascript:/i.test(value))
                fail(`${page}: a javascript: link on <${name}>`);
            }
          },
        },
        { decodeEntities: true },
      ).end(text);
    } else if (ext === 'json' || ext === 'webmanifest') {
      try {
        JSON.parse(text);
      } catch (e) {
        fail(`${at(p)}: not JSON (${(e as Error).message})`);
      }
    } else if (ext === 'csv') {
      let rows: string[][] = [];
      try {
        rows = parseCsv(text.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
      } catch (e) {
        fail(`${at(p)}: not CSV (${(e as Error).message})`);
      }
      for (const r of rows)
        for (const cell of r)
          if (/^[\s\u3000]*[=+\-@]/.test(cell) && !/^-?\d+(?:\.\d+)?$/.test(cell.trim()))
            fail(`${at(p)}: a cell that starts a formula: ${JSON.stringify(cell.slice(0, 60))}`);
    }
  }
  console.log(`site: ${checked} feeds, pages, CSV and JSON files checked`);
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);
if (failures.length) {
  console.log(`\nhostile: ${failures.length} check(s) failed`);
  process.exitCode = 1;
} else console.log('\nhostile: every check passed');
