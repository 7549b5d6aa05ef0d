// A process that reads documents for ingest, one at a time, as it is sent
// them (src/documents/isolated.ts): whatever a document does to this process,
// the ingest and the other documents go on.
import { flushCompileCache } from 'node:module';
import { readFile } from './read.ts';

// Its modules are loaded: keep them in the compile cache (if on) for the next run.
flushCompileCache();
process.on('message', ({ dir, name }: { dir: string; name: string }) => {
  void readFile(dir, name).then((doc) => process.send!({ doc }));
});
process.send!({ ready: true });
