// Astro's build log lists every page it writes with the time it took
// ("├─ /prisons/a/2016/5-1/index.html (+4ms)"). Summed by kind of page, these
// show where `astro build` spends its time. Pages render four at a time, so the
// sums overlap and add up to more than the wall time.

const KINDS: [string, RegExp][] = [
  ['item', /^\/prisons\/[^/]+\/[^/]+\/[^/]+\/index\.html$/],
  ['plan', /^\/prisons\/[^/]+\/[^/]+\/index\.html$/],
  ['prison', /^\/prisons\/[^/]+\/index\.html$/],
  ['theme', /^\/themes\/[^/]+\//],
  ['plan download', /^\/data\/plans\//],
  ['site download', /^\/data\/[^/]+\.(?:json|csv)\/?$/],
  ['document', /^\/documents\//],
  ['feed', /^\/feeds\//],
];

export interface RouteTime {
  pages: number;
  /** Sum of the pages' own times, in seconds. */
  seconds: number;
  msPerPage: number;
}

// The log may run two entries into one line, so entries are matched anywhere in it.
const ENTRY = /[├└]─ (\/\S*?) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g;

export function routeTimes(log: string): Record<string, RouteTime> {
  const sums = new Map<string, { pages: number; ms: number }>();
  for (const [, path, value, unit] of log.matchAll(ENTRY)) {
    const kind = KINDS.find(([, re]) => re.test(path!))?.[0] ?? 'other';
    const s = sums.get(kind) ?? { pages: 0, ms: 0 };
    s.pages++;
    s.ms += Number(value) * (unit === 's' ? 1000 : 1);
    sums.set(kind, s);
  }
  const out: Record<string, RouteTime> = {};
  for (const [kind] of [...KINDS, ['other']]) {
    const s = sums.get(kind!);
    if (s)
      out[kind!] = {
        pages: s.pages,
        seconds: Math.round(s.ms / 100) / 10,
        msPerPage: Math.round((s.ms / s.pages) * 10) / 10,
      };
  }
  return out;
}
