// The search terms (search-terms.ts) as a file beside the dataset: ingest works
// them out once, after writing the dataset, and the pages read them like any
// other generated data, so no page waits for them to be worked out.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Dataset, Definition } from '../model/schema.ts';
import { GENERATED_SEARCH_TERMS } from '../settings.ts';
import { indexDataset } from './data.ts';
import { compare } from '../model/compare.ts';
import { computeSiteSearchTerms, type ExtraTerms, type SearchTerms } from './search-terms.ts';

/** The file's form: each map as its list of entries, in its own order. */
interface SearchTermsJson {
  /** A file written before the reasons were indexed has none. */
  extraByKey: [string, Omit<ExtraTerms, 'reasons'> & Partial<Pick<ExtraTerms, 'reasons'>>][];
  shards: [string, [string, number][]][];
  themeWords: [string, [string, number][]][];
  glossary: Definition[];
}

/** Works out the search terms of `dataset` (left as it is) and writes them where the pages read them. */
export function writeSearchTermsBeside(dataset: Dataset, file = GENERATED_SEARCH_TERMS): void {
  // indexDataset sorts the lists it is given: copies, so that the caller's dataset keeps its order.
  const copy = { ...dataset };
  for (const key of ['plans', 'establishments', 'glossary', 'themes'] as const)
    Object.assign(copy, { [key]: [...dataset[key]] });
  const terms = computeSiteSearchTerms(indexDataset(copy));
  const json: SearchTermsJson = {
    extraByKey: [...terms.extraByKey],
    shards: [...terms.shards],
    themeWords: [...terms.themeWords]
      .map(([stem, byTheme]): [string, [string, number][]] => [stem, [...byTheme].sort((a, b) => compare(a[0], b[0]))])
      .sort((a, b) => compare(a[0], b[0])),
    glossary: terms.glossary,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json)}\n`);
}

/** The search terms ingest wrote. */
export function readSearchTerms(file = GENERATED_SEARCH_TERMS): SearchTerms {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${file}: cannot be read. \`npm run ingest\` writes it beside the dataset: run it (or npm run build).`,
    );
  }
  const json = JSON.parse(text) as SearchTermsJson;
  return {
    // A file written before the reasons were indexed (reasons.ts) has none: the next ingest writes them.
    extraByKey: new Map(json.extraByKey.map(([key, extra]) => [key, { ...extra, reasons: extra.reasons ?? [] }])),
    shards: new Map(json.shards),
    themeWords: new Map((json.themeWords ?? []).map(([stem, byTheme]) => [stem, new Map(byTheme)])),
    glossary: json.glossary ?? [],
  };
}

let loaded: { version: number; terms: Promise<SearchTerms> } | undefined;

/** The site's search terms, as ingest wrote them; in the dev server, read again once ingest has written them anew. */
export function siteSearchTerms(): Promise<SearchTerms> {
  const version = import.meta.env?.DEV ? statSync(GENERATED_SEARCH_TERMS).mtimeMs : 0;
  if (loaded?.version !== version) loaded = { version, terms: Promise.resolve().then(() => readSearchTerms()) };
  return loaded.terms;
}
