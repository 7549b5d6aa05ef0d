// Page addresses, relative to the site's base path. Stable and readable:
// built from the establishment, the inspection year and the item number.
// Documented in the README; change them only with redirects.

export const establishmentUrl = (establishmentId: string) => `/prisons/${establishmentId}/`;

/** `suffix` tells apart two plans of one establishment in the same year. */
export const planUrl = (establishmentId: string, year: number, suffix = '') => `/prisons/${establishmentId}/${year}${suffix}/`;

/** "5.12" → "5-12": dots in path segments confuse some static hosts. */
export const itemSlug = (id: string) => id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const itemUrl = (planUrlPath: string, slug: string) => `${planUrlPath}${slug}/`;

/** The open-data files of one plan, and the text it was read from. */
export const planFiles = (planId: string, source: string) => ({
  json: `/data/plans/${planId}.json`,
  items: `/data/plans/${planId}-items.csv`,
  actions: `/data/plans/${planId}-actions.csv`,
  text: `/documents/${source}`,
});
