// The similar items and the glossary on a thread of their own, while ingest finds the themes and links.
import { parentPort, workerData } from 'node:worker_threads';
import type { Definition } from '../model/schema.ts';
import { glossaryTerms, similarItems, type ItemTexts } from './connect.ts';
import { tokens } from './words.ts';

const { texts, curatedGlossary } = workerData as { texts: ItemTexts; curatedGlossary: Definition[] };
const textTokens = texts.texts.map((t) => tokens(t));
parentPort!.postMessage({
  similar: similarItems(texts, textTokens),
  glossary: glossaryTerms(texts, curatedGlossary, textTokens),
});
