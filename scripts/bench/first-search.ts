// A first search from the home page, as a reader makes it: the home page loaded in a
// fresh browser (nothing cached), words typed in the header's search box, Enter, and
// the time until the first result is on screen. Measured on a desktop profile and on
// a throttled phone profile (4x CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms
// latency, through the Chrome DevTools Protocol), in Debian's Chromium.
//
//   npm exec -- node scripts/bench/first-search.ts <built site> [<built site>…] [--rounds N] [--query Q]…
//
// With several sites, each round measures each of them in turn, so that a machine
// busy with other work weighs on all alike.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, Page, Request } from 'playwright-core';
import { launch, serve } from '../built-site.ts';

/** The budgets of a first search from the home page at a thousand plans. */
export const FIRST_SEARCH_BUDGET = { desktopMs: 1000, throttledMs: 3000, kb: 380 };

export interface Profile {
  name: 'desktop' | 'throttled';
  viewport: { width: number; height: number };
  /** CPU slowdown, and network conditions as DevTools sets them (bytes per second, ms); none on desktop. */
  throttle?: { cpu: number; downBytes: number; upBytes: number; latencyMs: number };
}

export const PROFILES: Profile[] = [
  { name: 'desktop', viewport: { width: 1350, height: 940 } },
  {
    name: 'throttled',
    viewport: { width: 412, height: 823 },
    throttle: { cpu: 4, downBytes: (1.6 * 1024 * 1024) / 8, upBytes: (750 * 1024) / 8, latencyMs: 150 },
  },
];

export interface FirstSearch {
  query: string;
  profile: Profile['name'];
  /** From Enter in the home page's search box to the first result on screen. */
  msToFirstResult: number;
  /** Bytes on the wire from Enter until the results are announced and the network is quiet: bodies as transferred, and headers. */
  kb: number;
  requests: number;
  /** The home page's own load, before Enter (whatever it fetched ahead). */
  homeKb: number;
  /** The status line, as announced. */
  status: string;
}

const sent = async (requests: Request[]) => {
  const sizes = await Promise.all(requests.map((r) => r.sizes().catch(() => null)));
  return (
    Math.round((sizes.reduce((n, s) => n + (s ? s.responseBodySize + s.responseHeadersSize : 0), 0) / 1024) * 10) / 10
  );
};

/** Waits until no request has been in flight for `quietMs`. */
async function quiet(page: Page, inFlight: Set<Request>, quietMs = 500, maxMs = 30_000): Promise<void> {
  const until = Date.now() + maxMs;
  let since = Date.now();
  while (Date.now() < until) {
    if (inFlight.size) since = Date.now();
    else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(50);
  }
}

/** One first search from the home page, in a browser context of its own (nothing cached). */
export async function firstSearchFrom(
  browser: Browser,
  url: (path: string) => string,
  query: string,
  profile: Profile,
): Promise<FirstSearch> {
  const context = await browser.newContext({ viewport: profile.viewport });
  try {
    const page = await context.newPage();
    if (profile.throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.throttle.latencyMs,
        downloadThroughput: profile.throttle.downBytes,
        uploadThroughput: profile.throttle.upBytes,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.throttle.cpu });
    }
    // The moment the first result is added to the page, by the page's own clock (epoch milliseconds).
    await page.addInitScript(() => {
      const w = window as unknown as { firstResultAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('#results li, #some li, #others li')) {
          w.firstResultAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    let requests: Request[] = [];
    const inFlight = new Set<Request>();
    page.on('request', (r) => {
      requests.push(r);
      inFlight.add(r);
    });
    page.on('requestfinished', (r) => inFlight.delete(r));
    page.on('requestfailed', (r) => inFlight.delete(r));
    await page.goto(url('/'), { waitUntil: 'load' });
    await quiet(page, inFlight);
    const homeKb = await sent(requests);
    requests = [];
    await page.locator('#site-search-q').fill(query);
    const enter = Date.now();
    await page.locator('#site-search-q').press('Enter');
    await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt, null, {
      timeout: 120_000,
      polling: 100,
    });
    const at = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    await page.waitForFunction(() => /for “/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 120_000,
      polling: 100,
    });
    await quiet(page, inFlight);
    return {
      query,
      profile: profile.name,
      msToFirstResult: Math.round(at - enter),
      kb: await sent(requests),
      requests: requests.length,
      homeKb,
      status: (await page.locator('#status').textContent()) ?? '',
    };
  } finally {
    await context.close();
  }
}

/** A built site's first searches: each query on each profile, each in a fresh browser context. */
export async function measureFirstSearch(
  dir: string,
  queries: string[] = ['ACCT', 'use of force'],
  profiles: Profile[] = PROFILES,
): Promise<FirstSearch[]> {
  const site = await serve(dir);
  const browser = await launch();
  try {
    const out: FirstSearch[] = [];
    for (const profile of profiles)
      for (const query of queries) out.push(await firstSearchFrom(browser, site.url, query, profile));
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** "1.0 min load 3.2 on 2 cores". */
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`;

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: 'string', default: '1' }, query: { type: 'string', multiple: true } },
  });
  if (!positionals.length)
    throw new Error('usage: node scripts/bench/first-search.ts <built site> [<built site>…] [--rounds N] [--query Q]…');
  const queries = values.query?.length ? values.query : undefined;
  const { desktopMs, throttledMs, kb } = FIRST_SEARCH_BUDGET;
  console.log(`budget: first result within ${desktopMs} ms (desktop), ${throttledMs} ms (throttled); at most ${kb} KB`);
  for (let round = 1; round <= Number(values.rounds); round++)
    for (const dir of positionals) {
      console.log(`round ${round}, ${dir} (${load()})`);
      for (const r of await measureFirstSearch(dir, queries)) {
        const budget = r.profile === 'desktop' ? desktopMs : throttledMs;
        console.log(
          `  ${r.profile.padEnd(9)} ${JSON.stringify(r.query).padEnd(16)} first result ${String(r.msToFirstResult).padStart(5)} ms (budget ${budget}) · ${r.kb} KB in ${r.requests} requests after Enter (budget ${kb}) · home page ${r.homeKb} KB · ${r.status}`,
        );
      }
    }
}
