// What a piece of work costs in the processes it starts, measured from outside
// them (Linux /proc): wall time, CPU time and the peak of their memory added up
// at each moment. The processes report nothing themselves.
import { readFileSync, readdirSync } from 'node:fs';
import { machineDelta, parseProcStat, type MachineTimes } from './machine.ts';

/** /proc counts CPU time in hundredths of a second (USER_HZ) on every Linux the build runs on. */
const TICKS_PER_SECOND = 100;
/** How often the process tree is looked at. */
const SAMPLE_MS = 200;

export interface Cost {
  seconds: number;
  /** CPU time of every process started meanwhile, user and system. */
  cpuSeconds: number;
  /** The largest sum of their resident memory at one moment, sampled every 0.2 s. */
  peakMB: number;
  /** What the machine gave to other machines and spent waiting on the disk meanwhile (machine.ts). */
  machine: MachineTimes | null;
}

/** The fields of /proc/<pid>/stat after the command name, which may hold spaces and parentheses. */
function statFields(pid: number | 'self'): string[] {
  const text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** CPU ticks of the children this process has waited for (cutime + cstime), theirs and those they waited for. */
function reapedTicks(): number {
  const f = statFields('self');
  return Number(f[13]) + Number(f[14]);
}

/** Every process below `pid`, with its own CPU ticks so far and its resident memory in KB. */
function descendants(pid: number, into: Map<string, { ticks: number; kb: number }>): void {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // ended meanwhile
  }
  for (const task of tasks) {
    let children: string;
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').trim();
    } catch {
      continue;
    }
    for (const child of children ? children.split(' ').map(Number) : []) {
      try {
        const f = statFields(child);
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child}/status`, 'latin1'))?.[1] ?? 0);
        // Keyed by pid and start time, so that a pid used again is another process.
        into.set(`${child}@${f[19]}`, { ticks: Number(f[11]) + Number(f[12]), kb });
      } catch {
        continue;
      }
      descendants(child, into);
    }
  }
}

function machineNow(): MachineTimes | null {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Runs `work`, which starts processes and waits for them, and measures them.
 * CPU time: what the system reports for the children this process waited for,
 * which includes those they waited for; or, if more, the sum of each process's
 * own time as last sampled, which also counts a process left to end after its
 * parent (nobody's child to wait for).
 */
export async function measureProcesses<T>(work: () => Promise<T>): Promise<{ result: T } & Cost> {
  const before = machineNow();
  const reapedBefore = reapedTicks();
  const started = performance.now();
  const seen = new Map<string, { ticks: number; kb: number }>();
  let peakKB = 0;
  const sample = () => {
    const now = new Map<string, { ticks: number; kb: number }>();
    descendants(process.pid, now);
    let kb = 0;
    for (const [key, p] of now) {
      kb += p.kb;
      seen.set(key, p);
    }
    peakKB = Math.max(peakKB, kb);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(timer);
  }
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  const reaped = reapedTicks() - reapedBefore;
  const sampled = [...seen.values()].reduce((n, p) => n + p.ticks, 0);
  const after = machineNow();
  return {
    result,
    seconds,
    cpuSeconds: Math.round((Math.max(reaped, sampled) / TICKS_PER_SECOND) * 10) / 10,
    peakMB: Math.round(peakKB / 1024),
    machine: before && after ? machineDelta(before, after) : null,
  };
}
