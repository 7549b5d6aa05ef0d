// A worker that reads and parses its share of the plans folder, so both cores work.
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument } from './read.ts';

const { dir, names } = workerData as { dir: string; names: string[] };
parentPort!.postMessage(names.map((name) => readDocument(dir, name)));
