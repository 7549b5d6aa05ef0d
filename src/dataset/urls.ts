// Page addresses, relative to the site's base path. Stable and readable:
// built from the establishment, the inspection year and the item number.
// Documented in docs/open-data.md; change them only with redirects.

export const establishmentUrl = (establishmentId: string) => `/prisons/${establishmentId}/`;

/** `suffix` tells apart two plans of one establishment in the same year. */
export const planUrl = (establishmentId: string, year: number, suffix = '') =>
  `/prisons/${establishmentId}/${year}${suffix}/`;

/** "5.12" → "5-12": dots in path segments confuse some static hosts. */
export const itemSlug = (id: string) => id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const itemUrl = (planUrlPath: string, slug: string) => `${planUrlPath}${slug}/`;

/** ".txt", ".docx": the document's own extension, if it has a plain one. */
const extension = (source: string) => /\.[A-Za-z0-9]{1,8}$/.exec(source)?.[0].toLowerCase() ?? '';

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
