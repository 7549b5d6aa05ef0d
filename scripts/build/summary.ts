// The closing summary of `npm run build`: what was built, where, how long each
// step took, and how to look at it or publish it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OUT_DIR } from '../../src/settings.ts';

/** HTML pages in a built site, and of them the recommendation and concern pages (prisons/<prison>/<plan>/<item>/). */
export function countPages(site: string): { pages: number; items: number } {
  let pages = 0;
  let items = 0;
  for (const path of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.html')) continue;
    pages++;
    if (/^prisons\/[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(path.split('\\').join('/'))) items++;
  }
  return { pages, items };
}

export function summary(site: string, ms: number, times: string[], log: string | null): string[] {
  const { pages, items } = countPages(site);
  const preview = site === DEFAULT_OUT_DIR ? 'npm run preview' : `npm run preview -- --outDir ${join(site)}`;
  return [
    `build: ${pages} pages (${items} recommendation and concern pages) in ${site}/ in ${(ms / 1000).toFixed(1)} s (${times.join(', ')}).`,
    `build: look at it with \`${preview}\`; to publish, copy ${site}/ to the static host (docs/publishing.md).`,
    ...(log
      ? [`build: everything each step printed is in ${log}; \`npm run build -- --verbose\` prints it as it comes.`]
      : []),
  ];
}
