import { describe, expect, it } from 'vitest';
import { machineDelta, parseProcStat } from '../../scripts/bench/machine.ts';

describe('the machine counters the bench reads', () => {
  it('reads user, system, idle, disk wait and steal from the all-cores line', () => {
    const text = 'cpu  3559718 95079 1313906 1996273 117497 0 39729 144946 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n';
    expect(parseProcStat(text)).toEqual({
      user: 36547.97,
      system: 13536.35,
      idle: 19962.73,
      iowait: 1174.97,
      steal: 1449.46,
    });
  });

  it('gives what changed between two readings', () => {
    const before = parseProcStat('cpu  100 0 50 1000 10 0 0 5 0 0')!;
    const after = parseProcStat('cpu  1100 0 350 1500 60 0 0 2005 0 0')!;
    expect(machineDelta(before, after)).toEqual({ user: 10, system: 3, idle: 5, iowait: 0.5, steal: 20 });
  });

  it('reads a kernel without a steal field as none stolen, and refuses a file without the line', () => {
    expect(parseProcStat('cpu  100 0 50 1000 10 0 0')!.steal).toBe(0);
    expect(parseProcStat('intr 1 2 3')).toBeNull();
  });
});
