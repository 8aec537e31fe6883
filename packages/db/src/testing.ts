/**
 * Test harness: one embedded Postgres + relay per test run, a migrated template database,
 * and a fresh clone of it for every test file. Never imported by app code.
 */
import { startDevstack } from "@dishpatch/devstack";
import type { Devstack } from "@dishpatch/devstack";
import { sql } from "drizzle-orm";

import type { DatabaseHandle } from "./client";
import { createDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { installNodeWebSocket } from "./node";

const TEMPLATE = "dishpatch_template";

/** Serializable, so vitest can hand it from its global setup to every test file. */
export interface TestDatabaseServer {
  /** A connection string for the maintenance database, to create and drop test databases. */
  adminUrl: string;
  /** Template databases are cloned into `postgres://…/<name>` on the same server. */
  urlFor: string;
  wsProxy: string;
  template: string;
  upstash: { url: string; token: string } | null;
}

/** Starts the stack and migrates the template. Call once per run (vitest globalSetup). */
export async function startTestDatabaseServer(): Promise<{
  stack: Devstack;
  server: TestDatabaseServer;
}> {
  const stack = await startDevstack();
  try {
    await stack.postgres.createDatabase(TEMPLATE);
    await migrateDatabase({ url: stack.postgres.url(TEMPLATE), wsProxy: stack.relay.wsProxy });
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return {
    stack,
    server: {
      adminUrl: stack.postgres.url("postgres"),
      urlFor: stack.postgres.url("__database__"),
      wsProxy: stack.relay.wsProxy,
      template: TEMPLATE,
      upstash: stack.upstash ? { url: stack.upstash.url, token: stack.upstash.token } : null,
    },
  };
}

export interface TestDatabase extends DatabaseHandle {
  name: string;
  url: string;
  wsProxy: string;
  /** Ends the handle and drops the database. */
  drop: () => Promise<void>;
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(server: TestDatabaseServer): Promise<TestDatabase> {
  installNodeWebSocket();
  const name = `test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(server, `create database "${name}" template "${server.template}"`);
  const url = server.urlFor.replace("__database__", name);
  const handle = createDatabase({ url, wsProxy: server.wsProxy });
  return {
    ...handle,
    name,
    url,
    wsProxy: server.wsProxy,
    drop: async () => {
      await handle.end();
      await adminQuery(server, `drop database if exists "${name}" with (force)`);
    },
  };
}

async function adminQuery(server: TestDatabaseServer, statement: string) {
  const admin = createDatabase({ url: server.adminUrl, wsProxy: server.wsProxy });
  try {
    await admin.db.execute(sql.raw(statement));
  } finally {
    await admin.end();
  }
}

/** vitest globalSetup: `globalSetup: ["@dishpatch/db/testing/global-setup"]`-style re-export. */
export async function vitestGlobalSetup(project: {
  provide: (key: "testDatabaseServer", value: TestDatabaseServer) => void;
}) {
  const { stack, server } = await startTestDatabaseServer();
  project.provide("testDatabaseServer", server);
  return () => stack.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServer: TestDatabaseServer;
  }
}
