// Work on a second thread: the connecting step's share of the ingest, where the machine has a second
// core and the work is large enough to pay for starting a thread.
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export const hasSecondCore = () => availableParallelism() >= 2;

/**
 * A worker module started now and given its data later, as the one message it
 * waits for: its start (a thread, its modules: 0.4 s of CPU) overlaps what this
 * thread does meanwhile. It does not keep the process alive until it is run.
 * The thread shares the compile cache ingest turned on, so it need not strip
 * the modules' TypeScript again.
 */
export class StartedWorker<T> {
  readonly #worker: Worker;
  readonly #result: Promise<T>;

  constructor(module: URL) {
    const cache = getCompileCacheDir();
    this.#worker = new Worker(module, cache ? { env: { ...process.env, NODE_COMPILE_CACHE: cache } } : {});
    this.#worker.unref();
    this.#result = new Promise<T>((resolve, reject) => {
      this.#worker.once('message', resolve);
      this.#worker.once('error', reject);
      this.#worker.once('exit', (code) => reject(new Error(`the worker ended (exit code ${code}) before it answered`)));
    });
    // A failure before run() is reported by run(), not as an unhandled rejection.
    this.#result.catch(() => {});
  }

  /** Gives the worker its data and resolves with the one message it posts; the thread then ends. */
  async run(data: unknown): Promise<T> {
    this.#worker.ref();
    this.#worker.postMessage(data);
    try {
      return await this.#result;
    } finally {
      await this.#worker.terminate();
    }
  }

  /** Ends the thread unused. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}
