// A worker that reads and parses its share of the plans folder, so both cores work.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadDocument } from './duplicates.ts';
import { readFile } from './read.ts';

const { dir, names } = workerData as { dir: string; names: string[] };
const out: ReadDocument[] = [];
for (const name of names) out.push(await readFile(dir, name));
parentPort!.postMessage(out);
