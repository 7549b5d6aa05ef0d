// Ingest for the dev server (src/integrations/dev-server.ts): a process that stays up,
// with the pipeline loaded once, and ingests again each time it is asked, so
// that an edit to a plan costs only that plan's reading (the parse cache holds
// the others) and the connecting and writing, not a fresh Node and its modules.
// It prints what `npm run ingest` prints. Started as `scripts/ingest.ts --serve
// [ingest's options]`, with an IPC channel; each message { run: true } is
// answered { done: exitCode } once the dataset is written. After the first, it warms
// its code up (warmUp in main.ts) while nothing is asked, saying { warmed: round }.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepReaderReady } from '../../src/ingest/isolated.ts';
import { runIngest, warmUp } from './main.ts';

keepReaderReady();

/** Times the code is run on the last inputs after the first ingest, while nothing is asked (warmUp). */
const WARM_UP_ROUNDS = 3;
const scratch = join(tmpdir(), `action-plans-warm-up-${process.pid}.json`);

const args = process.argv.slice(3);
let queue = Promise.resolve();
let asked = 0;
let warmed = false;

/** One round at a time, each only while no ingest is asked for, so that an edit never waits for more than one. */
function warm(round = 1) {
  queue = queue.then(async () => {
    if (asked) return;
    if (!(await warmUp(scratch).catch(() => false))) return;
    // The scratch file goes before the last round is said: whoever hears it may look for the file at once.
    if (round === WARM_UP_ROUNDS) rmSync(scratch, { force: true });
    // Said for tests and benches; the dev server reads only { done }. It may have ended since (Ctrl-C): then
    // the message cannot go, and this process ends quietly, not with Node's "write EPIPE" and a stack trace.
    if (process.connected) process.send!({ warmed: round }, (e: Error | null) => e && process.exit(0));
    if (round < WARM_UP_ROUNDS) setImmediate(() => warm(round + 1));
  });
}

process.on('message', (m: { run?: boolean }) => {
  if (!m.run) return;
  asked++;
  queue = queue.then(async () => {
    let code: number;
    try {
      code = await runIngest(args);
    } catch (e) {
      console.error(e);
      code = 1;
    }
    asked--;
    // The dev server may have ended during the run: then there is no one to answer, and this process ends.
    if (process.connected) process.send!({ done: code }, (e: Error | null) => e && process.exit(0));
    else process.exit(0);
    if (!warmed) {
      warmed = true;
      setImmediate(() => warm());
    }
  });
});
// Ends with the dev server.
process.on('disconnect', () => {
  rmSync(scratch, { force: true });
  process.exit(0);
});
process.send!({ ready: true });
