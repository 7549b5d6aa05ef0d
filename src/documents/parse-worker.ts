// A worker that reads and parses its share of the plans folder, so both cores work.
import { flushCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { readShare } from './read.ts';

// Its modules are loaded: keep them in the compile cache (if on) for the next run.
flushCompileCache();
parentPort!.once('message', async ({ dir, names, next }: { dir: string; names: string[]; next: Int32Array }) => {
  parentPort!.postMessage(await readShare(dir, names, next));
});
