// The network connections a command tried, read from `strace -f -e trace=network`:
// every connect, sendto and sendmsg to an Internet address. Loopback is the
// machine itself (the site tests' own server), and local sockets are not the
// network, so neither counts.

export interface Connection {
  /** The strace line, as evidence. */
  line: string;
  address: string;
  port: number;
}

// strace writes addresses as sin_addr=inet_addr("10.0.0.1") or inet_pton(AF_INET6, "::1", &sin6_addr).
const ADDRESS = /sin6?_port=htons\((\d+)\).*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")/;

const isLoopback = (address: string) =>
  /^127\./.test(address) ||
  address === '::1' ||
  /^::ffff:127\./.test(address) ||
  address === '0.0.0.0' ||
  address === '::';

/** The connections to other machines that the trace shows a command tried. */
export function outsideConnections(trace: string): Connection[] {
  const out: Connection[] = [];
  for (const line of trace.split('\n')) {
    if (!/\b(?:connect|sendto|sendmsg|sendmmsg)\(/.test(line) || !/AF_INET6?\b/.test(line)) continue;
    const m = ADDRESS.exec(line);
    if (!m) continue;
    const address = (m[2] ?? m[3])!;
    if (!isLoopback(address)) out.push({ line: line.trim(), address, port: Number(m[1]) });
  }
  return out;
}
