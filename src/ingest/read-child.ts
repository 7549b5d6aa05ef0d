// A process that reads documents for ingest, one at a time, as it is sent
// them (src/ingest/isolated.ts): whatever a document does to this process,
// the ingest and the other documents go on. With each reading it sends the
// hash of the bytes it read, under which the parse cache keeps the reading.
import { flushCompileCache } from 'node:module';
import { bytesHash } from './cache.ts';
import { readFile } from './read.ts';

// Its modules are loaded: keep them in the compile cache (if on) for the next run.
flushCompileCache();
process.on('message', ({ dir, name }: { dir: string; name: string }) => {
  let hash: string | null = null;
  void readFile(dir, name, (bytes) => (hash = bytesHash(bytes))).then((doc) => process.send!({ doc, hash }));
});
process.send!({ ready: true });
