// Heights of a built site's item pages at a phone's width, in Chromium:
// `npm exec -- node scripts/page-heights.ts dist [width]` prints the median and the largest.
import { launch, pages, serve } from './built-site.ts';

const dir = process.argv[2] ?? 'dist';
const width = Number(process.argv[3] ?? 375);
const items = pages(dir).filter((p) => /^\/prisons\/[^/]+\/[^/]+\/[^/]+\/$/.test(p));
const site = await serve(dir);
const browser = await launch();
const page = await browser.newPage({ viewport: { width, height: 800 } });
const heights: { path: string; height: number }[] = [];
for (const path of items) {
  await page.goto(site.url(path));
  heights.push({ path, height: await page.evaluate(() => document.documentElement.scrollHeight) });
}
await browser.close();
await site.close();
heights.sort((a, b) => a.height - b.height);
const mid = heights.length >> 1;
const median = heights.length % 2 ? heights[mid]!.height : (heights[mid - 1]!.height + heights[mid]!.height) / 2;
console.log(
  `${heights.length} item pages at ${width} px: median ${median} px, largest ${heights.at(-1)!.height} px (${heights.at(-1)!.path}), smallest ${heights[0]!.height} px`,
);
