// Every item page of the built site prints each paragraph of its response once:
// never twice (as a response and again beside its actions), never not at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema.ts';

const DIST = 'dist-fixtures';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** The page's text: tags removed, entities decoded, white space collapsed. */
function pageText(html: string): string {
  const body = html.slice(html.indexOf('<main'));
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (ENTITIES[e] ?? whole),
    )
    .replace(/\s+/g, ' ');
}

const occurrences = (text: string, part: string) => {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
  return n;
};

describe('item pages of the built site', () => {
  const dataset = JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8')) as Dataset;
  const items = dataset.plans.flatMap((p) => p.items);

  it('print every paragraph of the response exactly once', () => {
    expect(items.length).toBeGreaterThan(150);
    const problems: string[] = [];
    let checked = 0;
    for (const item of items) {
      const text = pageText(readFileSync(join(DIST, item.url, 'index.html'), 'utf8'));
      // Paragraphs and list items long enough not to occur by chance (not "Agreed.").
      const paragraphs = [
        ...new Set(
          item.response
            .split('\n')
            .map((l) => l.replace(/^• /, '').replace(/\s+/g, ' ').trim())
            .filter((l) => l.length >= 30),
        ),
      ];
      for (const para of paragraphs) {
        checked++;
        const n = occurrences(text, para);
        if (n !== 1) problems.push(`${item.url}: ${n} times: ${para.slice(0, 60)}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('name every action’s owner and target as written', () => {
    const missing: string[] = [];
    for (const item of items) {
      const text = pageText(readFileSync(join(DIST, item.url, 'index.html'), 'utf8'));
      for (const a of item.actions) {
        for (const words of [a.owner, a.target])
          if (words && !text.includes(words.replace(/\s+/g, ' '))) missing.push(`${item.url}: ${words}`);
      }
    }
    expect(missing).toEqual([]);
  });
  it("list the main theme's latest items at other prisons: one a prison, never the page's own, most recent first", () => {
    const planOfItem = new Map(dataset.plans.flatMap((p) => p.items.map((i) => [i.key, p])));
    const itemByUrl = new Map(dataset.plans.flatMap((p) => p.items.map((item) => [item.url, { item, plan: p }])));
    const themeOf = new Map(dataset.themes.map((t) => [t.id, t]));
    let listed = 0;
    for (const { item, plan } of itemByUrl.values()) {
      const html = readFileSync(join(DIST, item.url, 'index.html'), 'utf8');
      const theme = themeOf.get(item.themes[0]!)!;
      const list = /at other prisons<\/h2><ul>(.*?)<\/ul>/.exec(html)?.[1];
      // Which prisons have the theme at all, besides this one.
      const others = new Set(
        theme.itemKeys.map((k) => planOfItem.get(k)!.establishmentId).filter((e) => e !== plan.establishmentId),
      );
      if (!list) {
        expect(others.size, item.url).toBe(0);
        continue;
      }
      const rows = [...list.matchAll(/href="([^"]+)"/g)].map((m) => itemByUrl.get(m[1]!)!);
      const prisons = rows.map((r) => r.plan.establishmentId);
      expect(rows.length, item.url).toBe(Math.min(5, others.size));
      expect(new Set(prisons).size, item.url).toBe(rows.length);
      expect(prisons, item.url).not.toContain(plan.establishmentId);
      for (const r of rows) expect(r.item.themes[0], item.url).toBe(theme.id);
      const years = rows.map((r) => r.plan.year);
      expect(years, item.url).toEqual([...years].sort((a, b) => b - a));
      listed++;
    }
    expect(listed).toBeGreaterThan(100);
  });
});
