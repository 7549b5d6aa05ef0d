// npm exec -- node scripts/search-bytes.ts <built site> [query…]: the bytes a first search
// transfers (bodies and headers, text compressed as a host would), each in a fresh browser with
// nothing cached, as `npm run bench` measures them, and the time to results on screen.
// By default the bench's two first queries and two plain-words questions.
import { launch, serve } from './built-site.ts';

const [dir, ...asked] = process.argv.slice(2);
if (!dir) throw new Error('usage: node scripts/search-bytes.ts <built site> [query…]');
const queries = asked.length ? asked : ['ACCT', 'use of force', 'are prisoners safe', 'do they get schooling'];
const site = await serve(dir);
const browser = await launch();
for (const query of queries) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const responses: import('playwright-core').Response[] = [];
  tab.on('response', (r) => responses.push(r));
  const started = Date.now();
  await tab.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
  await tab.waitForFunction(() => /for “/.test(document.getElementById('status')?.textContent ?? ''), null, {
    timeout: 60_000,
  });
  const ms = Date.now() - started;
  const sizes = await Promise.all(responses.map((r) => r.request().sizes()));
  const kb = sizes.reduce((n, s) => n + s.responseBodySize + s.responseHeadersSize, 0) / 1024;
  const status = await tab.locator('#status').textContent();
  console.log(`${query}: ${kb.toFixed(1)} KB in ${responses.length} responses, ${ms} ms — ${status}`);
  await context.close();
}
await browser.close();
await site.close();
