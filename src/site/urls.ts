// Every link goes through here, so the site works under any BASE_PATH.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path ("/prisons/ford/") under the base path. */
export const href = (path: string) => BASE + path.replace(/^\//, '');

/** The last segment of a page path: "/prisons/ford/2016/5-3/" → "5-3". */
export const lastSegment = (path: string) => path.split('/').filter(Boolean).at(-1)!;
