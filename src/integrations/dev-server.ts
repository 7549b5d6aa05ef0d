// `npm run dev` as a publisher expects it: an edited, added or removed plan (or
// theme, or glossary entry) is ingested again and the pages follow without
// another command; and search runs on the index of the last `npm run build`,
// since Pagefind indexes built pages, which the dev server never writes.
//
// Ingest runs in a process of its own that stays up (scripts/ingest/serve.ts),
// started as Astro reads its configuration, so that the first ingest runs while
// Astro starts; requests wait for it only if they come first. On an edit that
// process ingests again with its modules loaded, and the parse cache
// (src/ingest/cache.ts) leaves only the changed plan to read.
//
// On a second start, when the dataset on disk was written from the inputs as
// they are (src/integrations/inputs-stamp.ts), the first page is served from it
// at once, and ingest starts only after that page: nothing else then competes
// with Astro's start and the first page for the machine's cores. The open pages
// reload if that ingest writes a different dataset (a changed parser).
//
// This module is loaded with Astro's configuration, before the first page: it
// imports only what starting needs. The downloads' modules load on their first request.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { SEARCH_BUNDLES as BUNDLES, GENERATED_DATASET, followUpsDir, outDir, plansDir } from '../settings.ts';
import { filesOf, readStamp, sameStamp, stampOf, writeStamp, type InputsStamp } from './inputs-stamp.ts';

/** Folders and files whose change means the dataset must be ingested again, by role. */
const inputsByRole = (): Record<string, string> => ({
  plans: resolve(plansDir()),
  followUps: resolve(followUpsDir()),
  themes: resolve('content/themes'),
  glossary: resolve('content/glossary.json'),
});
const inputs = () => Object.values(inputsByRole());

/** Where the dev server notes which inputs the dataset was last written from. */
const STAMP = join(dirname(GENERATED_DATASET), 'dev-server-inputs.json');

/** Whether the dataset on disk is the one ingest would write from the inputs as they are. */
function datasetIsCurrent(): boolean {
  return sameStamp(readStamp(STAMP), stampOf(inputsByRole(), GENERATED_DATASET));
}

/** The SHA-256 of the dataset's bytes, or '' if there is none. */
function datasetHash(): string {
  return existsSync(GENERATED_DATASET)
    ? createHash('sha256').update(readFileSync(GENERATED_DATASET)).digest('hex')
    : '';
}

/** Ingests once, and notes the inputs the dataset was written from (as they were when the run began). */
async function ingestAndStamp(ingester: Ingester): Promise<number> {
  const before: InputsStamp['inputs'] = {};
  for (const [role, root] of Object.entries(inputsByRole())) before[role] = filesOf(root);
  const code = await ingester.run();
  const written = stampOf({}, GENERATED_DATASET);
  if (written) writeStamp(STAMP, { ...written, inputs: before });
  return code;
}

/** What the downloads and original documents need, loaded on their first request (the dataset's schema, CSV...). */
async function downloads() {
  const [{ readDataset }, { indexDataset }, { downloadFiles }, { originalDocument }] = await Promise.all([
    import('../dataset/read.ts'),
    import('../site/data.ts'),
    import('../site/download-files.ts'),
    import('../site/original.ts'),
  ]);
  /** The media type of a download or original document, by its address. */
  const mediaType = (path: string): string => {
    if (path.endsWith('.json')) return 'application/json; charset=utf-8';
    if (path.endsWith('.csv')) return 'text/csv; charset=utf-8';
    return originalDocument(path).type;
  };
  return { readDataset, indexDataset, downloadFiles, mediaType };
}

/** The search indexes scripts/index-search.ts writes into a built site. */
export const SEARCH_BUNDLES = Object.values(BUNDLES);

/** The ingest process: each run() ingests once more and gives its exit code. */
interface Ingester {
  run(): Promise<number>;
  stop(): void;
}

function startIngester(): Ingester {
  let child: ChildProcess | null = null;
  const waiting: ((code: number) => void)[] = [];
  const start = () => {
    // Its file:line notes go to this terminal; the pages read the dataset it writes.
    const c = fork(resolve('scripts/ingest.ts'), ['--serve', '--keep-going'], {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    c.on('message', (m: { done?: number }) => {
      if (m.done !== undefined) waiting.shift()?.(m.done);
    });
    c.on('exit', () => {
      if (child === c) child = null;
      for (const done of waiting.splice(0)) done(1);
    });
    return c;
  };
  child = start();
  return {
    run: () =>
      new Promise<number>((done) => {
        child ??= start();
        waiting.push(done);
        child.send({ run: true });
      }),
    stop: () => {
      child?.kill();
      child = null;
    },
  };
}

export function devServer(): AstroIntegration {
  let ingester: Ingester | null = null;
  /** Whether the first page may be served from the dataset already on disk (decided as Astro starts). */
  let current = false;
  return {
    name: 'action-plans:dev-server',
    hooks: {
      // Started first, so that its modules load while Astro's do, unless the dataset on disk will serve the first page.
      'astro:config:setup': ({ command }) => {
        if (command !== 'dev') return;
        current = datasetIsCurrent();
        if (!current) ingester ??= startIngester();
      },
      'astro:server:done': () => {
        ingester?.stop();
        ingester = null;
      },
      'astro:server:setup': ({ server, logger }) => {
        const servedFromDisk = current;
        // Made on first use: on a second start with the dataset current, after the first page.
        const ingestion: Ingester = {
          run: () => (ingester ??= startIngester()).run(),
          stop: () => ingester?.stop(),
        };
        // Ingest again on every change, one run at a time; changes during a run start one more.
        let running = false;
        let again = false;
        let timer: NodeJS.Timeout | undefined;
        const ingest = () => {
          if (running) {
            again = true;
            return;
          }
          running = true;
          logger.info('a plan or theme changed: ingesting again');
          void ingestAndStamp(ingestion).then(() => {
            running = false;
            // The pages read the new dataset on their next request: have open tabs ask for it.
            server.ws.send({ type: 'full-reload' });
            if (again) {
              again = false;
              ingest();
            }
          });
        };
        // The first ingest. Without a current dataset, requests wait for it (the pages need its dataset).
        // With one, it runs once the first page is served (or a few seconds after the server starts, if
        // no page is asked for), and the open pages reload only if it wrote a different dataset.
        let first: Promise<number>;
        if (!servedFromDisk) first = ingestAndStamp(ingestion);
        else {
          logger.info('the dataset is as the plans are: pages are served from it while ingest checks it');
          let later: NodeJS.Timeout | undefined;
          let started: Promise<number> | undefined;
          const startFirst = () => {
            clearTimeout(later);
            if (started) return started;
            running = true;
            const was = datasetHash();
            started = ingestAndStamp(ingestion).then((code) => {
              running = false;
              if (datasetHash() !== was) server.ws.send({ type: 'full-reload' });
              if (again) {
                again = false;
                ingest();
              }
              return code;
            });
            return started;
          };
          first = Promise.resolve(0);
          server.httpServer?.once('listening', () => (later = setTimeout(startFirst, 5000)));
          // The first page asked for (not one of Vite's own modules): ingest once it is sent, not while it renders.
          server.middlewares.use((req, res, next) => {
            if (!started && !req.url?.startsWith('/@')) {
              clearTimeout(later);
              res.once('finish', () => setTimeout(startFirst, 50));
            }
            next();
          });
        }
        server.middlewares.use((req, res, next) => {
          void first.then((code) => {
            if (existsSync(GENERATED_DATASET)) return next();
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(`ingest ended with exit code ${code} and wrote no dataset: its messages are in the terminal.`);
          });
        });
        const watched = inputs();
        const concerns = (path: string) => watched.some((w) => path === w || path.startsWith(w + sep));
        server.watcher.add(watched);
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (path) => {
            if (!concerns(resolve(path))) return;
            // A save may come as several events (written, renamed): they make one run. Kept short, as an
            // edit waits for it; an event during a run starts one more after it anyway.
            clearTimeout(timer);
            timer = setTimeout(ingest, 30);
          });
        }

        // Search: serve the indexes of the last build, if there is one.
        const built = resolve(outDir());
        const base = server.config.base.replace(/\/?$/, '/');
        for (const bundle of SEARCH_BUNDLES) {
          const serve = sirv(resolve(built, bundle), { dev: true });
          server.middlewares.use(`${base}${bundle}`, (req, res, next) => serve(req, res, next));
        }
        // Downloads and original documents: the build writes them as files after rendering; here each is made on request.
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!path.startsWith(`${base}data/`) && !path.startsWith(`${base}documents/`)) return next();
          const wanted = `/${path.slice(base.length)}`;
          const sources = { dataset: GENERATED_DATASET, plansDir: plansDir() };
          const root = new URL(base, `http://${req.headers.host ?? 'localhost:4321'}`).href;
          void downloads().then(({ readDataset, indexDataset, downloadFiles, mediaType }) => {
            for (const file of downloadFiles(indexDataset(readDataset()), root, sources)) {
              if (file.path !== wanted) continue;
              res.setHeader('Content-Type', mediaType(file.path));
              res.end('text' in file ? file.text : readFileSync(file.copyOf));
              return;
            }
            next();
          }, next);
        });

        if (!existsSync(resolve(built, 'pagefind'))) {
          logger.warn(
            `search needs the index that \`npm run build\` writes into ${outDir()}/; run it once, and search works here too`,
          );
        }
      },
    },
  };
}
