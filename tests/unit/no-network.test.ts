// The CI check that a build makes no network connection reads strace's lines.
import { describe, expect, it } from 'vitest';
import { outsideConnections } from '../../scripts/network/connections.ts';

// Lines as strace 6 writes them (strace -f -e trace=connect,sendto,sendmsg,sendmmsg).
const TRACE = `14670 connect(29, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0
14671 connect(30, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2606:4700::6810:84e5", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)
14672 connect(31, {sa_family=AF_INET, sin_port=htons(4321), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
14673 connect(32, {sa_family=AF_INET6, sin6_port=htons(4321), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
14674 connect(33, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)
14675 sendto(34, "\\x12\\x34", 2, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}, 16) = 2
14676 sendto(35, "x", 1, 0, NULL, 0) = 1
14677 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=14532, si_uid=0, si_status=0} ---
`;

describe('outsideConnections', () => {
  it('finds every connection to another machine, DNS included, and none to this one', () => {
    expect(outsideConnections(TRACE).map((c) => [c.address, c.port])).toEqual([
      ['10.255.255.53', 53],
      ['2606:4700::6810:84e5', 443],
      ['8.8.8.8', 53],
    ]);
  });

  it('finds none in a trace of local work only', () => {
    expect(outsideConnections(TRACE.split('\n').slice(2, 5).join('\n'))).toEqual([]);
    expect(outsideConnections('')).toEqual([]);
  });
});
