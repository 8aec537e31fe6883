import { Client, Pool } from "@neondatabase/serverless";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevstack, type Devstack } from "../src/index";
import { randomName, useRelay, waitFor } from "./helpers";

let stack: Devstack;

beforeAll(async () => {
  stack = await startDevstack({ redis: false });
  useRelay(stack.relay.wsProxy);
});

afterAll(async () => {
  await stack.stop();
});

/** A database of its own per test, so tests stay independent. */
async function freshDatabase(): Promise<string> {
  const name = randomName("t");
  await stack.postgres.createDatabase(name);
  return name;
}

describe("Neon driver through the relay", () => {
  it("runs queries and an interactive transaction that rolls back", async () => {
    const pool = new Pool({ connectionString: stack.postgres.url(await freshDatabase()) });
    try {
      const version = await pool.query<{ server_version: string; encoding: string }>(
        "select current_setting('server_version') as server_version, current_setting('server_encoding') as encoding",
      );
      expect(version.rows[0]?.server_version).toMatch(/^18\./);
      expect(version.rows[0]?.encoding).toBe("UTF8");

      await pool.query("create table dishes (id serial primary key, name text not null)");
      await pool.query("insert into dishes (name) values ($1)", ["Crème brûlée 🍮"]);

      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("insert into dishes (name) values ('Ramen')");
        const inside = await client.query<{ n: number }>("select count(*)::int as n from dishes");
        expect(inside.rows[0]?.n).toBe(2);
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }

      const after = await pool.query<{ name: string }>("select name from dishes order by id");
      expect(after.rows.map((row) => row.name)).toEqual(["Crème brûlée 🍮"]);
    } finally {
      await pool.end();
    }
  });

  it("clones a template database with its tables and rows", async () => {
    const template = await freshDatabase();
    const setup = new Client(stack.postgres.url(template));
    await setup.connect();
    await setup.query("create table restaurants (id int primary key, name text)");
    await setup.query("insert into restaurants values (1, 'Trattoria'), (2, 'Sushi Bar')");
    // A template must have no open connections while it is being cloned.
    await setup.end();
    await waitFor(() => stack.relay.openConnections() === 0);

    const clone = randomName("clone");
    await stack.postgres.createDatabase(clone, { template });
    expect(await stack.postgres.databaseExists(clone)).toBe(true);

    const pool = new Pool({ connectionString: stack.postgres.url(clone) });
    try {
      const rows = await pool.query<{ name: string }>("select name from restaurants order by id");
      expect(rows.rows.map((row) => row.name)).toEqual(["Trattoria", "Sushi Bar"]);
    } finally {
      await pool.end();
    }
  });

  it("drops a database while a connection to it is open", async () => {
    const name = await freshDatabase();
    const client = new Client(stack.postgres.url(name));
    // The forced drop terminates this session; swallow the resulting error event.
    client.on("error", () => undefined);
    await client.connect();
    await client.query("select 1");

    await stack.postgres.dropDatabase(name);
    expect(await stack.postgres.databaseExists(name)).toBe(false);
    await expect(client.query("select 1")).rejects.toThrow(/not queryable|terminat/i);
    // No client.end() here: the driver's bundled pg Client waits forever for an "end" event that
    // was already emitted when the server terminated the session (a driver quirk, not the relay's).
    // Dropping a database that does not exist is not an error.
    await stack.postgres.dropDatabase(name);
  });

  it("counts round trips: 1 for connect + first query, then exactly 1 per query", async () => {
    const url = stack.postgres.url(await freshDatabase());
    // Terminate messages of earlier connections must not leak into this measurement.
    await waitFor(() => stack.relay.openConnections() === 0);
    stack.relay.resetRoundTrips();

    const pool = new Pool({ connectionString: url, max: 1 });
    const client = await pool.connect();
    try {
      await client.query("select 1");
      // With pipelineConnect: "password" the driver does not wait for the server during connect:
      // the startup message, the cleartext password and the first query leave together (one
      // coalesced WebSocket message), so connecting + `select 1` is a single exchange.
      expect(stack.relay.roundTrips()).toBe(1);

      stack.relay.resetRoundTrips();
      const n = 7;
      for (let i = 0; i < n; i++) await client.query("select $1::int as i", [i]);
      expect(stack.relay.roundTrips()).toBe(n);

      // Closing sends a Terminate message after having heard from the server: one more.
      stack.relay.resetRoundTrips();
    } finally {
      client.release();
      await pool.end();
    }
    await waitFor(() => stack.relay.openConnections() === 0);
    expect(stack.relay.roundTrips()).toBe(1);
  });

  it("injects latency per direction", async () => {
    const pool = new Pool({ connectionString: stack.postgres.url("postgres"), max: 1 });
    const client = await pool.connect();
    try {
      await client.query("select 1");
      const timed = async (): Promise<number> => {
        const started = performance.now();
        await client.query("select 1");
        return performance.now() - started;
      };

      stack.relay.setLatency(50);
      const slow = await timed();
      stack.relay.setLatency(0);
      const fast = await timed();

      // 50 ms to the server + 50 ms back. Only lower bounds: CI machines may be slow.
      expect(slow).toBeGreaterThanOrEqual(100);
      expect(fast).toBeLessThan(slow);
    } finally {
      stack.relay.setLatency(0);
      client.release();
      await pool.end();
    }
  });

  it("refuses non-loopback target addresses", async () => {
    const socket = new WebSocket(`ws://${stack.relay.wsProxy}?address=example.com:5432`);
    const closed = await new Promise<{ code: number; reason: string }>((resolve, reject) => {
      socket.on("close", (code, reason) => {
        resolve({ code, reason: reason.toString() });
      });
      socket.on("error", reject);
    });
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/non-loopback/);

    // And the driver surfaces it as a connection error.
    const pool = new Pool({
      connectionString: "postgres://postgres:postgres@10.1.2.3:5432/postgres",
    });
    pool.on("error", () => undefined);
    await expect(pool.query("select 1")).rejects.toThrow();
    await pool.end().catch(() => undefined);
  });

  it("postgres.stop() makes queries fail with a connection error; start() brings it back", async () => {
    const name = await freshDatabase();
    const url = stack.postgres.url(name);
    const before = new Pool({ connectionString: url });
    before.on("error", () => undefined);
    await before.query("create table orders (id int)");
    await before.query("insert into orders values (42)");
    await before.end();

    await stack.postgres.stop();
    const down = new Pool({ connectionString: url });
    down.on("error", () => undefined);
    await expect(down.query("select 1")).rejects.toThrow(/connect|terminat|closed|ECONNREFUSED/i);
    await down.end().catch(() => undefined);

    await stack.postgres.start();
    const after = new Pool({ connectionString: url });
    try {
      const rows = await after.query<{ id: number }>("select id from orders");
      expect(rows.rows).toEqual([{ id: 42 }]);
    } finally {
      await after.end();
    }
  });
});
