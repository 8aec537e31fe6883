import net from "node:net";

/**
 * A minimal RESP2 client for the Upstash endpoint. We keep reply types apart (simple vs bulk
 * strings, errors nested in EXEC replies) and bulk strings as raw bytes, which the endpoint needs
 * for exact base64 encoding; general-purpose clients flatten or transcode these.
 */
export type RespValue =
  | { kind: "simple"; value: string }
  | { kind: "error"; message: string }
  | { kind: "integer"; value: number }
  | { kind: "bulk"; value: Buffer | null }
  | { kind: "array"; items: RespValue[] | null };

export type RespArg = string | Buffer;

const CRLF = Buffer.from("\r\n");

export function encodeCommand(args: readonly RespArg[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = typeof arg === "string" ? Buffer.from(arg, "utf8") : arg;
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, CRLF);
  }
  return Buffer.concat(parts);
}

/** Parses one reply starting at `offset`; null when the buffer does not hold all of it yet. */
function parseReply(buffer: Buffer, offset: number): { value: RespValue; next: number } | null {
  const lineEnd = buffer.indexOf(CRLF, offset);
  if (lineEnd === -1) return null;
  const type = String.fromCharCode(buffer[offset] ?? 0);
  const line = buffer.toString("utf8", offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (type) {
    case "+":
      return { value: { kind: "simple", value: line }, next: afterLine };
    case "-":
      return { value: { kind: "error", message: line }, next: afterLine };
    case ":":
      return { value: { kind: "integer", value: Number(line) }, next: afterLine };
    case "$": {
      const length = Number(line);
      if (length < 0) return { value: { kind: "bulk", value: null }, next: afterLine };
      if (buffer.length < afterLine + length + 2) return null;
      const value = Buffer.from(buffer.subarray(afterLine, afterLine + length));
      return { value: { kind: "bulk", value }, next: afterLine + length + 2 };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { value: { kind: "array", items: null }, next: afterLine };
      const items: RespValue[] = [];
      let next = afterLine;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, next);
        if (item === null) return null;
        items.push(item.value);
        next = item.next;
      }
      return { value: { kind: "array", items }, next };
    }
    default:
      throw new Error(`unexpected RESP type byte ${JSON.stringify(type)}`);
  }
}

/** Accumulates socket chunks and yields complete replies. */
export class RespParser {
  private buffer: Buffer = Buffer.alloc(0);

  feed(chunk: Buffer): RespValue[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const replies: RespValue[] = [];
    let offset = 0;
    for (;;) {
      const parsed = parseReply(this.buffer, offset);
      if (parsed === null) break;
      replies.push(parsed.value);
      offset = parsed.next;
    }
    this.buffer = this.buffer.subarray(offset);
    return replies;
  }
}

interface Pending {
  resolve: (value: RespValue) => void;
  reject: (error: Error) => void;
}

/**
 * One pipelined connection. Replies arrive in command order, so pending requests are a FIFO.
 * Commands passed to one sendMany() call are written together and run back to back, which is
 * what MULTI … EXEC needs on a connection shared by concurrent HTTP requests.
 * Reconnects lazily after the connection drops (e.g. redis-server was restarted).
 */
export class RespClient {
  private socket: net.Socket | null = null;
  private pending: Pending[] = [];
  private closed = false;

  constructor(
    private readonly port: number,
    private readonly host = "127.0.0.1",
  ) {}

  send(args: readonly RespArg[]): Promise<RespValue> {
    return this.sendMany([args]).then(
      (replies) => replies[0] ?? { kind: "error", message: "ERR no reply" },
    );
  }

  async sendMany(commands: readonly (readonly RespArg[])[]): Promise<RespValue[]> {
    if (this.closed) throw new Error("redis client is closed");
    const socket = await this.connected();
    const replies = commands.map(
      () =>
        new Promise<RespValue>((resolve, reject) => {
          this.pending.push({ resolve, reject });
        }),
    );
    socket.write(Buffer.concat(commands.map(encodeCommand)));
    return Promise.all(replies);
  }

  close(): void {
    this.closed = true;
    this.socket?.destroy();
    this.failPending(new Error("redis client closed"));
  }

  private connecting: Promise<net.Socket> | null = null;

  private connected(): Promise<net.Socket> {
    if (this.socket !== null && !this.socket.destroyed) return Promise.resolve(this.socket);
    this.connecting ??= new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect({ port: this.port, host: this.host });
      socket.setNoDelay(true);
      const parser = new RespParser();
      socket.once("connect", () => {
        this.socket = socket;
        this.connecting = null;
        resolve(socket);
      });
      socket.on("data", (chunk) => {
        let replies: RespValue[];
        try {
          replies = parser.feed(chunk);
        } catch (error) {
          socket.destroy(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        for (const reply of replies) this.pending.shift()?.resolve(reply);
      });
      socket.on("error", (error) => {
        if (this.socket !== socket) {
          this.connecting = null;
          reject(error);
        }
        this.failPending(error);
      });
      socket.on("close", () => {
        if (this.socket === socket) this.socket = null;
        this.failPending(new Error("connection to redis-server closed"));
      });
    });
    return this.connecting;
  }

  private failPending(error: Error): void {
    const failed = this.pending;
    this.pending = [];
    for (const request of failed) request.reject(error);
  }
}
