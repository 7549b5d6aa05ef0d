// Addresses of the open-data files, shared by the pages that link to them.
export const DOWNLOADS = {
  dataset: '/data/dataset.json',
  schema: '/data/dataset.schema.json',
  items: '/data/items.csv',
  actions: '/data/actions.csv',
  plans: '/data/plans.csv',
};

export { planFiles } from '../dataset/urls.ts';

/** What kind of file a document is, in words, from its name. */
export function documentFormat(file: string): string {
  const ext = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'doc' || ext === 'docx') return 'Word';
  if (ext === 'pdf') return 'PDF';
  if (ext === 'odt') return 'OpenDocument';
  if (ext === 'rtf') return 'Rich Text';
  if (ext === 'htm' || ext === 'html') return 'web page';
  return 'file';
}

/** The link text for a plan's original document: "Original document (HMP Leicester, 2018 inspection, text)". */
export const originalDocumentLabel = (plan: { establishmentName: string; year: number; source: string }) =>
  `Original document (${plan.establishmentName}, ${plan.year} inspection, ${documentFormat(plan.source)})`;

/** The absolute address of the site root, for links inside downloads and feeds. */
export const siteRoot = (site: URL | undefined) => new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site ?? 'http://localhost/').href;
