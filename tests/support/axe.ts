// axe-core (WCAG 2.2 AA and best practice) on one page of a served site, at one screen width.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Session } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeReport {
  violations: string[];
  /** Something wider than the screen makes the page scroll sideways. */
  scrollsSideways: boolean;
}

export async function axe(browser: Browser, url: string, width: number, height: number): Promise<AxeReport> {
  const tab = await browser.newPage({ viewport: { width, height } });
  await tab.goto(url);
  if (new URL(url).pathname.endsWith('/search/')) await tab.waitForSelector('.results li');
  // The CSP forbids inline scripts, so axe is added outside the page's policy.
  await tab.evaluate(axeSource);
  const result = await tab.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  const scrollsSideways = await tab.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  await tab.close();
  return {
    violations: result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
    scrollsSideways,
  };
}

/** Each page, at desktop, 375 and 320 px: no WCAG 2.2 AA violations, and no sideways scroll (tables scroll in their own box). */
export function describeAccessible(t: Session, pages: Record<string, string>, title: string) {
  describe.each(Object.entries(pages))(title, (_name, path) => {
    it.each([
      [1280, 900],
      [375, 667],
      [320, 640],
    ])('has no WCAG 2.2 AA violations at %i px', async (width, height) => {
      const report = await axe(t.browser, t.site.url(path), width, height);
      expect(report.violations).toEqual([]);
      expect(report.scrollsSideways).toBe(false);
    });
  });
}
