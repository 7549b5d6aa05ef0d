// What a page weighs on first view: its HTML and the site's stylesheets, gzipped as a static host sends them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The site's stylesheets, gzipped, in bytes: every page loads them. */
export function stylesheetBytes(dist: string): number {
  const dir = join(dist, '_astro');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);
}

/** A page's HTML and the stylesheets, gzipped, in KB. */
export const pageKB = (html: Buffer, stylesheets: number) => (gzipSync(html).length + stylesheets) / 1024;

/** A script element other than JSON data. */
export const hasScript = (html: Buffer) => /<script(?![^>]*type="application\/(?:ld\+)?json")/.test(html.toString());
