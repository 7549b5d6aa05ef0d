// @ts-check
// First, before anything else loads: no telemetry (see there).
import './src/site/no-telemetry.ts';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { writeSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { AddressError, siteAddress, sitePath } from './src/site/address.ts';
import { devServer } from './src/integrations/dev-server.ts';

// SITE_URL: the public origin (for canonical URLs, the sitemap, feeds, CSV, citations).
// Without it the build is a preview on localhost, and its last step says so loudly.
// BASE_PATH: serve the site from a sub-path, e.g. /action-plans/.
let address;
try {
  address = siteAddress(process.env);
} catch (e) {
  if (!(e instanceof AddressError)) throw e;
  // A publisher's mistake: the message, without a stack trace (written at once, so nothing is lost on exit).
  writeSync(2, `${e.message}\n`);
  process.exit(2);
}

export default defineConfig({
  site: address.origin,
  base: sitePath(process.env),
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), devServer()],
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own resources.
  // Four pages rendered at a time: faster than one, and eight no faster (docs/performance.md).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Astro's own toolbar (for developers of Astro sites) would load a score of scripts into every page the dev
  // server shows, each time an edit reloads it; a publisher previewing plans has no use for it.
  devToolbar: { enabled: false },
  vite: {
    // Built sites in the project (dist/, and dist-fixtures/, dist-bench/… of the tests and the bench: tens of
    // thousands of pages at the archive's size) are never sources: watched, they cost the dev server's start
    // many seconds (docs/performance.md).
    server: { watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/bench-results/**'] } },
    build: {
      rolldownOptions: {
        // MDX pages compiled by Astro carry a "use astro:head-inject" directive that the bundler warns
        // it may not keep; Astro handles it itself, and a publisher can do nothing about it.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
