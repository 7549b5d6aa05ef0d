// Ingest reads the documents in child processes, one document at a time each,
// so that one document can never cost the others: whatever it does to the
// process reading it (fill the memory until V8 aborts, run past the time
// limit, crash), that document gets the error and a fresh process reads the
// rest (a document that fails after others in the same process is first read
// again alone, so that it is never blamed for what they left). Two processes
// read at once where there is a second core and enough documents to pay for
// starting the second (each process loads the readers and the parser once,
// from the compile cache ingest turned on). A document whose reading the parse
// cache holds (cache.ts) is not sent to a process at all, and where every
// document is cached no process starts.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import type { ParsedDocument } from '../parse/document.ts';
import { hasSecondCore } from '../threads/worker.ts';
import { keepable, openDocumentCache, readingsDigest, type DocumentCache } from './cache.ts';
import type { ReadDocument } from '../dataset/duplicates.ts';
import { formatCount, LimitError, limits as current, type Limits } from '../documents/limits.ts';
import { failure, inFolderOrder, listFolder, type Listing } from './read.ts';

/** Below this many documents a second process costs more than it saves. */
export const PARALLEL_FROM = 64;
/** How often a reading process's memory is looked at. */
const MEMORY_EVERY_MS = 100;

export interface ReadApartOptions {
  /** Called once every document has been handed to a process, with their number: the caller's own next step may start. */
  allHandedOut?: (documents: number) => void;
  /** The limits the processes read with (their environment sets them; these set the time and memory watched here). */
  limits?: Readonly<Limits>;
  /** Processes reading at once (default: two where there is a second core and enough documents to read, else one). */
  processes?: number;
  /** The parse cache (default: the one the environment names, cache.ts); null reads every document. */
  cache?: DocumentCache | null;
}

interface Job {
  i: number;
  name: string;
}

/** A reading process started ahead of the next run, its modules loaded (keepReaderReady). */
interface Spare {
  child: ChildProcess;
  ready: boolean;
  memory: number;
}
let keepReady = false;
let spare: Spare | null = null;

/**
 * For a process that ingests again and again (the dev server's, scripts/ingest/serve.ts):
 * after each run a reading process is started and left waiting, so that the
 * next run's first document does not wait for a process to start and load the
 * readers. It reads nothing before it is handed a document, and ends with this process.
 */
export function keepReaderReady(): void {
  keepReady = true;
}

function forkReader(memory: number): ChildProcess {
  const cache = getCompileCacheDir();
  return fork(new URL('./read-child.ts', import.meta.url), [], {
    execArgv: [`--max-old-space-size=${memory}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: cache ? { ...process.env, NODE_COMPILE_CACHE: cache } : process.env,
  });
}

function startSpare(memory: number): void {
  const child = forkReader(memory);
  const s: Spare = { child, ready: false, memory };
  child.on('message', (m: { ready?: true }) => {
    if (m.ready) s.ready = true;
  });
  child.stderr!.resume();
  child.on('exit', () => {
    if (spare === s) spare = null;
  });
  // It never keeps this process alive.
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
  spare = s;
}

/** The spare reading process, if one is alive and was started with these limits: taken, so that it is used once. */
function takeSpare(memory: number): Spare | null {
  const s = spare;
  spare = null;
  if (!s || s.child.exitCode !== null || s.child.signalCode !== null || s.memory !== memory) {
    s?.child.kill('SIGKILL');
    return null;
  }
  s.child.removeAllListeners('message');
  s.child.removeAllListeners('exit');
  s.child.stderr!.pause();
  s.child.ref();
  (s.child.channel as { ref?: () => void } | undefined)?.ref?.();
  return s;
}

/** Resident memory of a process in bytes, from /proc (Linux); null where it cannot be read. */
function residentBytes(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * 4096;
  } catch {
    return null;
  }
}

/** A process that ended while reading a document: why, as that document's error. */
function ended(name: string, why: 'time' | 'memory' | null, code: number | null, signal: string | null, of: Limits) {
  if (why === 'time')
    return failure(name, new LimitError('seconds', `reading it took over ${formatCount(of.seconds)} seconds`, of));
  if (why === 'memory' || signal === 'SIGABRT' || code === 134)
    return failure(name, new LimitError('memory', `reading it took over ${formatCount(of.memory)} MB of memory`, of));
  return failure(
    name,
    new Error(`the process reading it ended unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})`),
  );
}

/**
 * One reading process after another until `take` has no more jobs: each reads
 * jobs one at a time; a process that ends or is stopped in a job gives that
 * job its error, and the next process reads on.
 */
function reader(
  dir: string,
  take: () => Job | null,
  done: (job: Job, doc: ReadDocument, hash: string | null) => void,
  of: Limits,
) {
  return new Promise<void>((resolve, reject) => {
    const start = (first: Job) => {
      const taken = takeSpare(of.memory);
      const child: ChildProcess = taken?.child ?? forkReader(of.memory);
      // What the process printed is kept only to explain a process that could not start.
      let printed = '';
      child.stderr!.on('data', (d: Buffer) => (printed = (printed + d.toString()).slice(-4000)));
      if (taken) child.stderr!.resume();
      let ready = taken?.ready ?? false;
      /** Documents this process has read: one that fails after others is read again alone, in a fresh process. */
      let read = 0;
      let job: Job | null = first;
      let why: 'time' | 'memory' | null = null;
      let timer: NodeJS.Timeout | undefined;
      const stop = (reason: 'time' | 'memory') => {
        why = reason;
        child.kill('SIGKILL');
      };
      // A document's time runs from when the process has loaded its modules (it says it is ready) or was sent the document.
      const time = () => {
        clearTimeout(timer);
        timer = setTimeout(() => stop('time'), of.seconds * 1000);
      };
      const send = (j: Job) => {
        job = j;
        if (ready) time();
        child.send({ dir, name: j.name });
      };
      const watch = setInterval(() => {
        const rss = child.pid ? residentBytes(child.pid) : null;
        if (rss !== null && rss > of.memory * 1024 * 1024) stop('memory');
      }, MEMORY_EVERY_MS);
      child.on('message', (m: { ready: true } | { doc: ReadDocument; hash: string | null }) => {
        if ('ready' in m) {
          ready = true;
          if (job) time();
          return;
        }
        done(job!, m.doc, m.hash);
        read++;
        const next = take();
        if (next) send(next);
        else {
          job = null;
          clearTimeout(timer);
          child.disconnect();
        }
      });
      child.on('error', (e) => {
        clearInterval(watch);
        clearTimeout(timer);
        reject(e);
      });
      child.on('exit', (code, signal) => {
        clearInterval(watch);
        clearTimeout(timer);
        if (!job) return resolve();
        if (!ready && !why)
          return reject(
            new Error(
              `the process that reads documents did not start (exit code ${code}, signal ${signal}):\n${printed}`,
            ),
          );
        // What the earlier documents left in the process (its heap, its caches) may have taken it over the limit:
        // the document is read again alone before it is blamed. A time-out is its own.
        if (read > 0 && why !== 'time') return start(job);
        done(job, { format: 'text', parsed: ended(job.name, why, code, signal, of) }, null);
        const next = take();
        if (next) start(next);
        else resolve();
      });
      send(first);
    };
    const first = take();
    if (first) start(first);
    else resolve();
  });
}

/**
 * The folder's documents, each read in a child process (see above), in the
 * folder's order with duplicates set aside, as readDocuments gives them; the
 * listing (files skipped by name); and `readings`, a digest of what was read
 * (cache.ts, readingsDigest), or null where the cache is off or a reading may
 * go otherwise next time.
 */
export async function readDocumentsApart(
  dir: string,
  options: ReadApartOptions = {},
): Promise<{ documents: ParsedDocument[]; listing: Listing; readings: string | null }> {
  const listing = listFolder(dir);
  const { names } = listing;
  const of = { ...(options.limits ?? current) };
  const cache = options.cache === undefined ? openDocumentCache(of) : options.cache;
  const read = new Array<ReadDocument>(names.length);
  /** The hash of the bytes each reading is of (null where the file could not be read). */
  const hashes = new Array<string | null>(names.length).fill(null);
  // The documents the cache does not hold, in the folder's order.
  const jobs: Job[] = [];
  names.forEach((name, i) => {
    const found = cache?.lookup(dir, name);
    if (found?.doc) read[i] = found.doc;
    else jobs.push({ i, name });
    hashes[i] = found?.hash ?? null;
  });
  let next = 0;
  let handedOut = false;
  const take = (): Job | null => {
    if (next < jobs.length) return jobs[next++]!;
    if (!handedOut) {
      handedOut = true;
      options.allHandedOut?.(names.length);
    }
    return null;
  };
  const processes = options.processes ?? (jobs.length >= PARALLEL_FROM && hasSecondCore() ? 2 : 1);
  const readers = Array.from({ length: Math.min(processes, Math.max(1, jobs.length)) }, () =>
    reader(
      dir,
      take,
      (job, doc, hash) => {
        read[job.i] = doc;
        hashes[job.i] = hash;
        if (hash !== null) cache?.store(job.name, hash, doc);
      },
      of,
    ),
  );
  await Promise.all(readers);
  if (!handedOut) take();
  cache?.finish();
  if (keepReady && !spare) startSpare(of.memory);
  // What the documents read are, in a few bytes, where every reading is the one the same bytes always get.
  const readings =
    cache && hashes.every((h) => h !== null) && read.every(keepable)
      ? readingsDigest(cache.folder, names, hashes as string[], listing.refused)
      : null;
  return { documents: inFolderOrder(listing, read), listing, readings };
}
