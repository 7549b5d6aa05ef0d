// A built site served on loopback, and Debian's Chromium driven by playwright-core.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import compression from 'compression';
import sirv from 'sirv';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function serve(dir: string): Promise<Site> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} has no built site: run npm run build (and npm run build:hostile) first`);
  const handler = sirv(dir, { dev: false, etag: false });
  // Like a static host: text is sent gzipped (Pagefind's own files are
  // compressed already), and unknown addresses get the site's 404 page.
  const compress = compression();
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) =>
    compress(req as never, res as never, () =>
      handler(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
      }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every HTML page of a built site, as paths ("/prisons/ford/"). */
export function pages(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub))
    .sort()
    .flatMap((name) => {
      const rel = join(sub, name);
      if (statSync(join(dir, rel)).isDirectory()) return pages(dir, rel);
      if (name !== 'index.html' && name !== '404.html') return [];
      return [name === '404.html' ? '/404.html' : `/${sub}${sub ? '/' : ''}`];
    });
}
