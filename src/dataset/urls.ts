// Every address the site publishes: pages, feeds, downloads, documents, the
// base path and absolute addresses. Page addresses are stable and readable,
// built from the establishment, the inspection year and the item number.
// Documented in docs/open-data.md; change them only with redirects.

/** The site's own pages. */
export const PAGES = {
  home: '/',
  prisons: '/prisons/',
  themes: '/themes/',
  data: '/data/',
  dataQuality: '/data-quality/',
  about: '/about/',
  search: '/search/',
};

export const establishmentUrl = (establishmentId: string) => `/prisons/${establishmentId}/`;

/** `suffix` tells apart two plans of one establishment in the same year. */
export const planUrl = (establishmentId: string, year: number, suffix = '') =>
  `/prisons/${establishmentId}/${year}${suffix}/`;

/** "5.12" → "5-12": dots in path segments confuse some static hosts. */
export const itemSlug = (id: string) => id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const itemUrl = (planUrlPath: string, slug: string) => `${planUrlPath}${slug}/`;

export const themeUrl = (themeId: string) => `/themes/${themeId}/`;

/** Page `n` of a theme's items: the theme's own address for the first, "/themes/safety/2/" for the others. */
export const themePageUrl = (themeUrlPath: string, n: number) => (n === 1 ? themeUrlPath : `${themeUrlPath}${n}/`);

/** The Atom feeds: new plans, plans of one establishment, items of one theme. */
export const FEEDS = {
  plans: '/feeds/plans.xml',
  establishment: (establishmentId: string) => `/feeds/prisons/${establishmentId}.xml`,
  theme: (themeId: string) => `/feeds/themes/${themeId}.xml`,
  /** Each judgement recorded in the follow-up files (docs/follow-ups.md). */
  followUps: '/feeds/follow-ups.xml',
};

/** The open-data files of the whole archive. */
export const DOWNLOADS = {
  dataset: '/data/dataset.json',
  schema: '/data/dataset.schema.json',
  items: '/data/items.csv',
  actions: '/data/actions.csv',
  plans: '/data/plans.csv',
  followUps: '/data/follow-ups.csv',
  /** The Frictionless Data Package descriptor of the four CSV files beside it: each column's type. */
  datapackage: '/data/datapackage.json',
};

/** The extensions a static host serves as what the reader read: a document, never a page or a script. */
const SERVED_AS_IS = new Set(['.txt', '.docx', '.odt', '.pdf']);

/**
 * ".txt", ".docx": the document's own extension, if it has a plain one. Any
 * other (".html", ".svg", ".xml", ".js") is served as ".txt": a host would
 * serve the original as a page of the site, and run what it says.
 */
const extension = (source: string) => {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(source)?.[0].toLowerCase() ?? '';
  return !ext || SERVED_AS_IS.has(ext) ? ext : '.txt';
};

/**
 * The open-data files of one plan, and the document it was read from. The
 * document is served under the plan's id, not its file name: a publisher's file
 * may be named "Leicester 2018 #2 (50% draft).txt" or by a hash.
 */
export const planFiles = (planId: string, source: string) => ({
  json: `/data/plans/${encodeURIComponent(planId)}.json`,
  items: `/data/plans/${encodeURIComponent(planId)}-items.csv`,
  actions: `/data/plans/${encodeURIComponent(planId)}-actions.csv`,
  text: `/documents/${encodeURIComponent(planId + extension(source))}`,
});

/**
 * The base path as a prefix of site paths: with a leading and a trailing slash
 * ("/", "/plans/"), however the configuration wrote it.
 */
export const basePath = (base = '/') => `/${base.replace(/^\/+/, '')}`.replace(/\/?$/, '/');

/** The absolute address of the site root, for links inside downloads, feeds and robots.txt. */
export const rootUrl = (site: string | URL | undefined, base = '/') =>
  new URL(basePath(base), site ?? 'http://localhost/').href;

/** A site path ("/prisons/ford/") as an absolute address under `root`, the site root. */
export const absoluteUrl = (path: string, root: string) => new URL(path.replace(/^\//, ''), root).href;
