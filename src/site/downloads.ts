// Addresses of the open-data files, shared by the pages that link to them.
export const DOWNLOADS = {
  dataset: '/data/dataset.json',
  schema: '/data/dataset.schema.json',
  items: '/data/items.csv',
  actions: '/data/actions.csv',
  plans: '/data/plans.csv',
};

export { planFiles } from '../dataset/urls.ts';

/** The absolute address of the site root, for links inside downloads and feeds. */
export const siteRoot = (site: URL | undefined) =>
  new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site ?? 'http://localhost/').href;

/**
 * The same address outside Astro, from the configuration's `site` and `base`
 * as written: Astro gives the base a leading slash and, with trailingSlash
 * 'always', a trailing one.
 */
export const configuredRoot = (site: string | URL | undefined, base = '/') =>
  new URL(`/${base.replace(/^\/+/, '')}`.replace(/\/?$/, '/'), site ?? 'http://localhost/').href;
