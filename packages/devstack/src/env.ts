/** The only place devstack reads process.env (lint rule: environment access lives in env.ts). */
import { PORT_ENV_VARS } from "./ports";
import type { ServiceName } from "./ports";

/** Fixed ports of the dev stack (`pnpm dev`, `pnpm devstack up`); tests use ephemeral ports. */
export const DEFAULT_DEV_PORTS: Readonly<Record<ServiceName, number>> = {
  postgres: 54329,
  relay: 54330,
  redis: 54331,
  upstash: 54332,
};

function readPort(variable: string): number | undefined {
  const raw = process.env[variable]?.trim();
  if (raw === undefined || raw === "") return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable}=${raw} is not a valid TCP port (1–65535)`);
  }
  return port;
}

/** The dev ports with DEVSTACK_PG_PORT, DEVSTACK_RELAY_PORT, … overrides applied. */
export function readDevPorts(): Record<ServiceName, number> {
  const ports = { ...DEFAULT_DEV_PORTS };
  for (const service of Object.keys(PORT_ENV_VARS) as ServiceName[]) {
    ports[service] = readPort(PORT_ENV_VARS[service]) ?? DEFAULT_DEV_PORTS[service];
  }
  return ports;
}

/** Dev ports, read once at import (used by the dev scripts). */
export const devPorts: Readonly<Record<ServiceName, number>> = readDevPorts();

/** Port of `next dev` under `pnpm dev` (PORT, default 3000). */
export const webPort: number = readPort("PORT") ?? 3000;

/** This process' environment, for child processes that should inherit it. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}

/** Directories on PATH, used to find redis-server. */
export function pathDirectories(): string[] {
  return (process.env.PATH ?? "").split(":").filter((dir) => dir !== "");
}

/** DEVSTACK_VERBOSE=1 makes the CLI print postgres/redis logs. */
export function verboseLogging(): boolean {
  const value = process.env.DEVSTACK_VERBOSE;
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/** An AUTH_SECRET the developer set themselves (else `pnpm dev` makes one). */
export function configuredAuthSecret(): string | undefined {
  const value = process.env.AUTH_SECRET?.trim();
  return value === "" ? undefined : value;
}

/** CRON_SECRET as configured, or the API's local default (packages/api/src/env.ts). */
export function cronSecret(): string {
  const configured = process.env.CRON_SECRET?.trim();
  return configured === undefined || configured === "" ? "local-cron-secret" : configured;
}
