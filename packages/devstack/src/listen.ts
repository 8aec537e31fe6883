import type { Server } from "node:net";
import { LOOPBACK, portInUse, type ServiceName } from "./ports";

/** Listens on 127.0.0.1:<port> (0 = any free port) and resolves with the bound port. */
export function listenOnLoopback(
  server: Server,
  port: number,
  service: ServiceName,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(error.code === "EADDRINUSE" ? portInUse(port, service) : error);
    };
    server.once("error", onError);
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
      server.off("error", onError);
      const address = server.address();
      if (address !== null && typeof address === "object") resolve(address.port);
      else reject(new Error(`${service}: could not read the bound port`));
    });
  });
}

/** Closes a server and every connection it still holds (keep-alive sockets would block close()). */
export function closeServer(server: Server & { closeAllConnections?: () => void }): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => {
      resolve();
    });
    server.closeAllConnections?.();
  });
}
