// The similar items and the glossary on a thread of their own, while ingest finds the themes and links.
// Started ahead of its data (StartedWorker), which comes as its one message.
import { flushCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Definition } from '../model/schema.ts';
import { glossaryTerms, similarItems, type ItemTexts } from './connect.ts';
import { tokens } from './words.ts';

// Its modules are loaded: keep them in the compile cache (if on) for the next run.
flushCompileCache();
parentPort!.once('message', ({ texts, curatedGlossary }: { texts: ItemTexts; curatedGlossary: Definition[] }) => {
  const textTokens = texts.texts.map((t) => tokens(t));
  parentPort!.postMessage({
    similar: similarItems(texts, textTokens),
    glossary: glossaryTerms(texts, curatedGlossary, textTokens),
  });
});
