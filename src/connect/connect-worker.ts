// The similar items and the glossary on a thread of their own, while ingest finds the themes and links.
import { flushCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Definition } from '../model/schema.ts';
import { glossaryTerms, similarItems, type ItemTexts } from './connect.ts';
import { tokens } from './words.ts';

// Its modules are loaded: keep them in the compile cache (if on) for the next run.
flushCompileCache();
const { texts, curatedGlossary } = workerData as { texts: ItemTexts; curatedGlossary: Definition[] };
const textTokens = texts.texts.map((t) => tokens(t));
parentPort!.postMessage({
  similar: similarItems(texts, textTokens),
  glossary: glossaryTerms(texts, curatedGlossary, textTokens),
});
