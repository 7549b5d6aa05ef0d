// The search lexicon (scripts/write-lexicon.ts), written by a process of its own
// beside Pagefind: it reads WordNet and a dictionary, seconds of work that need
// not wait for the index nor hold up its thread.
import { spawn } from 'node:child_process';

/** Writes the lexicon of `site`; resolves to the errors (none when it succeeded). */
export function writeLexiconBeside(site: string): Promise<string[]> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/write-lexicon.ts', site], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => done([`the search lexicon was not written: ${e.message}`]));
    child.on('close', (code) =>
      done(
        code === 0 ? [] : [`the search lexicon was not written (exit ${code}): ${stderr.trim().split('\n').at(-1)}`],
      ),
    );
  });
}
