// The project's settings, stated once: where things are read and written, the
// names of the search bundles, and every environment variable the build reads.
// Safe in the browser (the search page takes the bundle names from here): the
// environment is read only when a function below is called.
//
// Environment variables (docs/publishing.md says how a publisher sets them):
//   PLANS_DIR            the plans folder (default content/plans)
//   FOLLOW_UPS_DIR       the follow-up judgements folder (default content/follow-ups)
//   OUT_DIR              where `npm run build` writes the site (default dist)
//   EVERYDAY_WORDS       the everyday-words list (default content/everyday-words.json)
//   PUBLISH_WITH_ERRORS  publish the other plans when a document could not be used
//   CI                   set by CI services: a preview build there fails
//   VERBOSE              `npm run build` prints every step's full output (as --verbose)
//   SITE_URL, BASE_PATH  the site's public address and sub-path (src/site/address.ts)
//   SOURCE_DATE_EPOCH    the build's date, for reproducible builds (src/site/build-date.ts)
//   PLANS_LIMIT_*        the limits each document is read within (src/documents/limits.ts)
//   ACTION_PLANS_CACHE   where ingest keeps each document's reading between runs, or `off` (src/ingest/cache.ts)

export type Env = Record<string, string | undefined>;

/** Where the publisher keeps the action plans. */
export const DEFAULT_PLANS_DIR = 'content/plans';
/** Where the publisher keeps the follow-up files. */
export const DEFAULT_FOLLOW_UPS_DIR = 'content/follow-ups';
/** Where `npm run build` writes the site. */
export const DEFAULT_OUT_DIR = 'dist';
export const DEFAULT_EVERYDAY_WORDS = 'content/everyday-words.json';

/** What `npm run ingest` writes for the site: the dataset, its JSON Schema, and the search terms worked out from it. */
export const GENERATED_DATASET = 'generated/dataset.json';
export const GENERATED_SCHEMA = 'generated/dataset.schema.json';
export const GENERATED_SEARCH_TERMS = 'generated/search-terms.json';
/** Everything `npm run build` printed, its quiet summary aside. */
export const BUILD_LOG = 'generated/build.log';

/**
 * The two Pagefind bundles of a built site: `items` holds only the
 * recommendation and concern pages, so a first search loads the index of the
 * results people look for and nothing else; `pages` holds the prison, plan and
 * theme pages, which the search page asks for once a reader has gone past every item result.
 */
export const SEARCH_BUNDLES = { items: 'pagefind', pages: 'pagefind-pages' } as const;

const yes = (v: string | undefined) => !!v && !/^(0|false|no)$/i.test(v);

export const plansDir = (env: Env = process.env) => env.PLANS_DIR ?? DEFAULT_PLANS_DIR;
export const followUpsDir = (env: Env = process.env) => env.FOLLOW_UPS_DIR ?? DEFAULT_FOLLOW_UPS_DIR;
/** Whether the follow-ups folder was named on purpose (then it must exist). */
export const followUpsDirNamed = (env: Env = process.env) => env.FOLLOW_UPS_DIR !== undefined;
export const outDir = (env: Env = process.env) => env.OUT_DIR ?? DEFAULT_OUT_DIR;
export const everydayWordsFile = (env: Env = process.env) => env.EVERYDAY_WORDS ?? DEFAULT_EVERYDAY_WORDS;
export const publishWithErrors = (env: Env = process.env) => yes(env.PUBLISH_WITH_ERRORS);
export const inCi = (env: Env = process.env) => yes(env.CI);
export const verbose = (env: Env = process.env) => yes(env.VERBOSE);

/** Where ingest keeps each document's reading between runs, under the project's folder; deleting it is always safe. */
export const DEFAULT_PARSE_CACHE = 'node_modules/.cache/action-plans';
/** The parse cache's folder as set (ACTION_PLANS_CACHE), the default when unset, or null when turned off. */
export function parseCacheDir(env: Env = process.env): string | null {
  const set = env.ACTION_PLANS_CACHE?.trim();
  if (set === undefined || set === '') return DEFAULT_PARSE_CACHE;
  return /^(off|0|false|no)$/i.test(set) ? null : set;
}
