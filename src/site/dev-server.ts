// `npm run dev` as a publisher expects it: an edited, added or removed plan (or
// theme, or glossary entry) is ingested again and the pages follow without
// another command; and search runs on the index of the last `npm run build`,
// since Pagefind indexes built pages, which the dev server never writes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { readDataset } from '../dataset/read.ts';
import { GENERATED_DATASET } from '../dataset/write.ts';
import { SEARCH_BUNDLES as BUNDLES, followUpsDir, outDir, plansDir } from '../settings.ts';
import { indexDataset } from './data.ts';
import { downloadFiles } from './download-files.ts';
import { originalDocument } from './original.ts';

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

export function devServer(): AstroIntegration {
  return {
    name: 'action-plans:dev-server',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
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
          // The ingest's file:line notes go to this terminal; the pages read the dataset it writes.
          spawn(process.execPath, ['scripts/ingest.ts', '--keep-going'], { stdio: 'inherit' }).on('exit', () => {
            running = false;
            // The pages read the new dataset on their next request: have open tabs ask for it.
            server.ws.send({ type: 'full-reload' });
            if (again) {
              again = false;
              ingest();
            }
          });
        };
        const watched = inputs();
        const concerns = (path: string) => watched.some((w) => path === w || path.startsWith(w + sep));
        server.watcher.add(watched);
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (path) => {
            if (!concerns(resolve(path))) return;
            clearTimeout(timer);
            timer = setTimeout(ingest, 200);
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
