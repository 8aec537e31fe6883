import { apiEnv } from "./env";

/**
 * The caller's address from the header the platform sets itself (Vercel overwrites
 * x-real-ip). The left-most X-Forwarded-For is whatever the client wrote, so it is never used.
 * Without the header (local runs) every anonymous caller shares one key.
 */
export function clientIpFrom(headers: Headers, header: string = apiEnv.TRUSTED_IP_HEADER): string {
  // Of a list, the right-most entry is the one our own proxy appended.
  const value = headers.get(header)?.split(",").at(-1)?.trim();
  return value && /^[0-9a-fA-F:.]{2,45}$/.test(value) ? value : "unknown";
}
