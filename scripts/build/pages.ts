// The build's pages step: `astro build` through Astro's own API, so that its
// page-by-page list (a line per page, 35,000 at 1,000 plans) is left out unless
// asked for; its warnings and errors are always shown.
// Usage: node scripts/build/pages.ts <outDir> [--page-list]
import '../../src/site/no-telemetry.ts';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { DEFAULT_OUT_DIR } from '../../src/settings.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'page-list': { type: 'boolean', default: false } },
});
await build({ outDir: positionals[0] ?? DEFAULT_OUT_DIR, logLevel: values['page-list'] ? 'info' : 'warn' });
