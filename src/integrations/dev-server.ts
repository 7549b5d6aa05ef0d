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
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { readDataset } from '../dataset/read.ts';
import { GENERATED_DATASET } from '../dataset/write.ts';
import { SEARCH_BUNDLES as BUNDLES, followUpsDir, outDir, plansDir } from '../settings.ts';
import { indexDataset } from '../site/data.ts';
import { downloadFiles } from '../site/download-files.ts';
import { originalDocument } from '../site/original.ts';

/** The media type of a download or original document, by its address. */
function mediaType(path: string): string {
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  if (path.endsWith('.csv')) return 'text/csv; charset=utf-8';
  return originalDocument(path).type;
}

/** Folders and files whose change means the dataset must be ingested again. */
const inputs = () => [plansDir(), followUpsDir(), 'content/themes', 'content/glossary.json'].map((p) => resolve(p));

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
  return {
    name: 'action-plans:dev-server',
    hooks: {
      // Started first, so that its modules load while Astro's do.
      'astro:config:setup': ({ command }) => {
        if (command === 'dev') ingester ??= startIngester();
      },
      'astro:server:done': () => {
        ingester?.stop();
        ingester = null;
      },
      'astro:server:setup': ({ server, logger }) => {
        ingester ??= startIngester();
        const ingestion = ingester;
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
          void ingestion.run().then(() => {
            running = false;
            // The pages read the new dataset on their next request: have open tabs ask for it.
            server.ws.send({ type: 'full-reload' });
            if (again) {
              again = false;
              ingest();
            }
          });
        };
        // The first ingest: requests wait for it (the pages need its dataset).
        const first = ingestion.run();
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
            clearTimeout(timer);
            timer = setTimeout(ingest, 100);
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
          for (const file of downloadFiles(indexDataset(readDataset()), root, sources)) {
            if (file.path !== wanted) continue;
            res.setHeader('Content-Type', mediaType(file.path));
            res.end('text' in file ? file.text : readFileSync(file.copyOf));
            return;
          }
          next();
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
