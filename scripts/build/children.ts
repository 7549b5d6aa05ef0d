// The processes this one starts, waited for before it ends. Pagefind's API ends
// its process without waiting for it: a process left to end after its parent
// is nobody's to account for, and its CPU time would be missing from the
// step's (which the bench measures as its children's, as the system reports it).
import { subscribe } from 'node:diagnostics_channel';
import type { ChildProcess } from 'node:child_process';

/** From now on, notes each child process started; the function returned resolves once all of them have ended. */
export function childrenEnded(): () => Promise<void> {
  const started: ChildProcess[] = [];
  subscribe('child_process', (message) => started.push((message as { process: ChildProcess }).process));
  return () =>
    Promise.all(
      started.map((child) =>
        child.exitCode !== null || child.signalCode !== null
          ? undefined
          : new Promise<void>((done) => {
              // Pagefind's API lets its process not keep this one alive: here it must, until it has ended.
              child.ref();
              child.once('exit', () => done());
              child.once('error', () => done());
            }),
      ),
    ).then(() => {});
}
