// A share of the ingest work on a second thread: used only where the machine has
// a second core and the work is large enough to pay for starting a thread.
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export const hasSecondCore = () => availableParallelism() >= 2;

/** Runs a worker module on `data` and resolves with the one message it posts. */
export async function onWorker<T>(module: URL, data: unknown): Promise<T> {
  // A thread shares the compile cache ingest turned on, so it need not strip the modules' TypeScript again.
  const cache = getCompileCacheDir();
  const worker = new Worker(module, {
    workerData: data,
    ...(cache ? { env: { ...process.env, NODE_COMPILE_CACHE: cache } } : {}),
  });
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}
