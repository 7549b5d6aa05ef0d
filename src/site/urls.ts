// Every link goes through here, so the site works under any BASE_PATH. The
// addresses themselves are made in dataset/urls.ts.
import { basePath, rootUrl } from '../dataset/urls.ts';

const BASE = basePath(import.meta.env.BASE_URL);

/** A site path ("/prisons/ford/") under the base path. */
export const href = (path: string) => BASE + path.replace(/^\//, '');

/** The absolute address of the site root, from Astro's `site`. */
export const siteRoot = (site: URL | undefined) => rootUrl(site, import.meta.env.BASE_URL);

/** The last segment of a page path: "/prisons/ford/2016/5-3/" → "5-3". */
export const lastSegment = (path: string) => path.split('/').filter(Boolean).at(-1)!;
