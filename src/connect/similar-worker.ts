// The similar-items step on a thread of its own, while ingest does the rest of connect.
import { parentPort, workerData } from 'node:worker_threads';
import { similarItems } from './connect.ts';

parentPort!.postMessage(similarItems(workerData as { texts: string[]; groups: number[] }));
