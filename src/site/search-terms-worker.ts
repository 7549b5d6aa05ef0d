// The search terms of the dataset ingest wrote, worked out on a thread of their
// own and sent back whole (see search-terms-ahead.ts).
import { parentPort } from 'node:worker_threads';
import { readDataset } from '../dataset/read.ts';
import { indexDataset } from './data.ts';
import { computeSiteSearchTerms } from './search-terms.ts';

try {
  parentPort!.postMessage({ terms: computeSiteSearchTerms(indexDataset(readDataset())) });
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
