import type { Database } from "../client";

/** The handle a `db.transaction` callback receives. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Either the database or an open transaction: queries that can run inside a larger write. */
export type Executor = Database | Transaction;
