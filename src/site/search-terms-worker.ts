// The search terms of the dataset ingest wrote, worked out on a thread of their
// own and sent back whole (see search-terms-ahead.ts). Started by onWorker: its
// one message, which carries nothing, starts the work; an error ends the thread
// and rejects the terms.
import { parentPort } from 'node:worker_threads';
import { readDataset } from '../dataset/read.ts';
import { indexDataset } from './data.ts';
import { computeSiteSearchTerms } from './search-terms.ts';

parentPort!.once('message', () => {
  parentPort!.postMessage(computeSiteSearchTerms(indexDataset(readDataset())));
});
