import net from "node:net";

/** Everything devstack serves listens on loopback only: it is a dev box tool, never exposed. */
export const LOOPBACK = "127.0.0.1";

/** Which environment variable moves each service to another fixed port (used in error hints). */
export const PORT_ENV_VARS = {
  postgres: "DEVSTACK_PG_PORT",
  relay: "DEVSTACK_RELAY_PORT",
  redis: "DEVSTACK_REDIS_PORT",
  upstash: "DEVSTACK_UPSTASH_PORT",
} as const;

export type ServiceName = keyof typeof PORT_ENV_VARS;

/** A port some service needs, and the environment variable that moves it elsewhere. */
export interface PortClaim {
  port: number;
  service: string;
  envVar?: string;
}

export class PortInUseError extends Error {
  readonly port: number;
  readonly service: string;

  constructor(port: number, service: string, envVar?: string) {
    const fix = envVar === undefined ? "choose another port" : `set ${envVar} to a free port`;
    super(
      `Port ${port} (${service}) is already in use — stop the other process (another devstack?) or ${fix}`,
    );
    this.name = "PortInUseError";
    this.port = port;
    this.service = service;
  }
}

/** PortInUseError for one of devstack's own services, naming its override variable. */
export function portInUse(port: number, service: ServiceName): PortInUseError {
  return new PortInUseError(port, service, PORT_ENV_VARS[service]);
}

/** True when nothing is listening on 127.0.0.1:<port> (checked by binding it briefly). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve(false);
      else reject(error);
    });
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}

/**
 * Fails fast, before anything is started, when any fixed port is taken — so a failed start never
 * leaves half a stack running.
 */
export async function assertPortsFree(claims: readonly PortClaim[]): Promise<void> {
  const seen = new Map<number, string>();
  for (const claim of claims) {
    const other = seen.get(claim.port);
    if (other !== undefined) {
      throw new Error(`Port ${claim.port} is configured for both ${other} and ${claim.service}`);
    }
    seen.set(claim.port, claim.service);
  }
  for (const claim of claims) {
    if (!(await isPortFree(claim.port)))
      throw new PortInUseError(claim.port, claim.service, claim.envVar);
  }
}

export async function assertPortFree(port: number, service: ServiceName): Promise<void> {
  if (!(await isPortFree(port))) throw portInUse(port, service);
}

/**
 * Ports handed out recently by this process. The kernel may hand the same ephemeral port to two
 * back-to-back bind(0) calls once the first probe socket is closed; remembering them keeps one
 * stack from picking the same port for postgres and redis.
 */
const recentlyPicked = new Set<number>();

/**
 * A free ephemeral port for a child process that needs a number up front (postgres, redis).
 * Another process can still grab it before the child binds it; callers retry on that race.
 */
export async function pickFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen({ port: 0, host: LOOPBACK, exclusive: true }, () => {
        const address = server.address();
        server.close(() => {
          if (address !== null && typeof address === "object") resolve(address.port);
          else reject(new Error("could not read the port of a probe socket"));
        });
      });
    });
    if (!recentlyPicked.has(port)) {
      recentlyPicked.add(port);
      if (recentlyPicked.size > 256) {
        const oldest = recentlyPicked.values().next();
        if (oldest.done !== true) recentlyPicked.delete(oldest.value);
      }
      return port;
    }
  }
  throw new Error("could not find a free ephemeral port");
}

/** `0`/undefined means "any free port"; anything else must be a real TCP port number. */
export function isEphemeral(port: number | undefined): boolean {
  return port === undefined || port === 0;
}

export function validatePort(port: number, service: ServiceName): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(
      `Invalid ${service} port ${port}: expected an integer between 0 and 65535`,
    );
  }
}
