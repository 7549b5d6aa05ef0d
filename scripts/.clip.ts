// usage: dir path width y0 height cols out
import { launch, serve } from '/work/wt/i14/tests/support/site.ts';
const [dir, path, w, y0, h, cols, out] = process.argv.slice(2);
const site = await serve(dir!);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
await page.goto(site.url(path!));
const H = await page.evaluate(() => document.documentElement.scrollHeight);
const files: string[] = [];
for (let c = 0; c < Number(cols); c++) {
  const y = Number(y0) + c * Number(h);
  if (y >= H) break;
  const f = `${out}-${c}.png`;
  await page.screenshot({ path: f, fullPage: true, clip: { x: 0, y, width: Number(w), height: Math.min(Number(h), H - y) } });
  files.push(f);
}
console.log(H, files.join(' '));
await browser.close(); await site.close();
