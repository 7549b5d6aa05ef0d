// One built site and one Chromium page per test file, opened and closed by the file's hooks.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serve, type Site } from '../../scripts/built-site.ts';

export interface Session {
  site: Site;
  browser: Browser;
  page: Page;
}

/** The session's fields are set once the file's first hook has run. */
export function useSite(dir: string): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.site = await serve(dir);
    session.browser = await launch();
    session.page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
