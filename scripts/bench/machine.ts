// What the machine did while a step ran, from its own counters (Linux /proc/stat):
// CPU time the hypervisor gave to other machines (steal), time the cores sat
// waiting on the disk, and the kernel's share. On a shared build machine these
// say why one run is slower than another when the code is the same.

/** The machine's cumulative CPU counters, in seconds summed over its cores. */
export interface MachineTimes {
  user: number;
  system: number;
  idle: number;
  iowait: number;
  steal: number;
}

/** USER_HZ: /proc/stat counts in hundredths of a second on every Linux the build runs on. */
const TICKS_PER_SECOND = 100;

/** Parses the first ("cpu", all cores) line of /proc/stat. */
export function parseProcStat(text: string): MachineTimes | null {
  const line = /^cpu\s+(.*)$/m.exec(text)?.[1];
  if (!line) return null;
  // user nice system idle iowait irq softirq steal ...
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  if ([user, nice, system, idle, iowait, irq, softirq].some((n) => n === undefined || Number.isNaN(n))) return null;
  const s = (ticks: number) => ticks / TICKS_PER_SECOND;
  return {
    user: s(user! + nice!),
    system: s(system! + irq! + softirq!),
    idle: s(idle!),
    iowait: s(iowait!),
    // Kernels before 2.6.11 had no steal field.
    steal: s(steal ?? 0),
  };
}

/** What happened between two readings, rounded to tenths of a second. */
export function machineDelta(before: MachineTimes, after: MachineTimes): MachineTimes {
  const d = (k: keyof MachineTimes) => Math.round((after[k] - before[k]) * 10) / 10;
  return { user: d('user'), system: d('system'), idle: d('idle'), iowait: d('iowait'), steal: d('steal') };
}
