// Ingest for the dev server (src/integrations/dev-server.ts): a process that stays up,
// with the pipeline loaded once, and ingests again each time it is asked, so
// that an edit to a plan costs only that plan's reading (the parse cache holds
// the others) and the connecting and writing, not a fresh Node and its modules.
// It prints what `npm run ingest` prints. Started as `scripts/ingest.ts --serve
// [ingest's options]`, with an IPC channel; each message { run: true } is
// answered { done: exitCode } once the dataset is written.
import { keepReaderReady } from '../../src/ingest/isolated.ts';
import { runIngest } from './main.ts';

keepReaderReady();

const args = process.argv.slice(3);
let queue = Promise.resolve();
process.on('message', (m: { run?: boolean }) => {
  if (!m.run) return;
  queue = queue.then(async () => {
    let code: number;
    try {
      code = await runIngest(args);
    } catch (e) {
      console.error(e);
      code = 1;
    }
    // The dev server may have ended during the run: then there is no one to answer, and this process ends.
    if (process.connected) process.send!({ done: code }, (e: Error | null) => e && process.exit(0));
    else process.exit(0);
  });
});
// Ends with the dev server.
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
