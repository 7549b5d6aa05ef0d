// Runs a command and fails if it, or any process it starts, tried to reach
// another machine: a build must make no network request its publisher did not
// ask for (Astro's telemetry did). It traces the system calls that open or use
// a network connection (strace -f), so it sees every process and thread, Node's
// and Pagefind's alike, including DNS lookups, whether or not they succeed.
//   node scripts/no-network.ts -- npm run build:fixtures
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outsideConnections } from './network/connections.ts';

const args = process.argv.slice(2).filter((a, i) => i > 0 || a !== '--');
if (!args.length) {
  console.error('Usage: node scripts/no-network.ts -- <command> [args…]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'no-network-'));
const trace = join(dir, 'trace');
const run = spawnSync(
  'strace',
  ['-f', '-qq', '-e', 'trace=connect,sendto,sendmsg,sendmmsg', '-e', 'signal=none', '-o', trace, ...args],
  {
    stdio: 'inherit',
  },
);
if (run.error) {
  console.error(`no-network: cannot run strace (apt-get install strace): ${run.error.message}`);
  process.exit(2);
}
const tried = outsideConnections(readFileSync(trace, 'utf8'));
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(`no-network: the command failed (exit ${run.status ?? run.signal})`);
  process.exit(run.status ?? 1);
}
if (tried.length) {
  console.error(`no-network: ${args.join(' ')} tried ${tried.length} connection(s) to other machines:`);
  for (const c of tried.slice(0, 20)) console.error(`  ${c.address} port ${c.port}: ${c.line}`);
  process.exit(1);
}
console.log(`no-network: ${args.join(' ')} made no connection to another machine.`);
