import net from "node:net";

export interface RelayTarget {
  /** What to connect to (localhost is pinned to 127.0.0.1, see below). */
  host: string;
  port: number;
}

const loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");
loopback.addSubnet("::ffff:127.0.0.0", 104, "ipv6");

export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  if (name === "localhost") return true;
  const family = net.isIP(name);
  if (family === 4) return loopback.check(name, "ipv4");
  if (family === 6) return loopback.check(name, "ipv6");
  return false;
}

/**
 * Reads the target from a Neon wsproxy URL: `/v1?address=<host>:<port>`. The driver builds the
 * address as `${host}:${port}`, so an IPv6 host may come with or without brackets.
 * Returns an error message instead of a target when the address is missing, malformed or not
 * loopback: the relay must never become an open proxy to other machines.
 */
export function parseRelayTarget(requestUrl: string | undefined): RelayTarget | { error: string } {
  const address = new URL(requestUrl ?? "/", "http://relay.invalid").searchParams.get("address");
  if (address === null || address === "") return { error: "missing ?address=<host>:<port>" };
  const colon = address.lastIndexOf(":");
  const rawHost = colon > 0 ? address.slice(0, colon) : "";
  const port = Number(colon > 0 ? address.slice(colon + 1) : "");
  const host = rawHost.startsWith("[") && rawHost.endsWith("]") ? rawHost.slice(1, -1) : rawHost;
  if (host === "" || !Number.isInteger(port) || port < 1 || port > 65535) {
    return { error: `malformed address ${JSON.stringify(address)}` };
  }
  if (!isLoopbackHost(host)) return { error: `refusing non-loopback address ${address}` };
  // Postgres listens on 127.0.0.1 only; resolving "localhost" could try ::1 first.
  return { host: host.toLowerCase() === "localhost" ? "127.0.0.1" : host, port };
}
