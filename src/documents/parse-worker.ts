// A worker that reads and parses its share of the plans folder, so both cores work.
import { flushCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadDocument } from './duplicates.ts';
import { readFile } from './read.ts';

// Its modules are loaded: keep them in the compile cache (if on) for the next run.
flushCompileCache();
const { dir, names } = workerData as { dir: string; names: string[] };
const out: ReadDocument[] = [];
for (const name of names) out.push(await readFile(dir, name));
parentPort!.postMessage(out);
