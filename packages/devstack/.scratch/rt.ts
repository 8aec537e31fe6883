import { Client, Pool, neonConfig } from "@neondatabase/serverless";
import ws from "ws";
import { startDevstack } from "../src/index";

const stack = await startDevstack({ redis: false });
neonConfig.webSocketConstructor = ws;
neonConfig.wsProxy = (host, port) => `${stack.relay.wsProxy}?address=${host}:${port}`;
neonConfig.useSecureWebSocket = false;
neonConfig.pipelineTLS = false;
neonConfig.pipelineConnect = "password";
await stack.postgres.createDatabase("app");
const url = stack.postgres.url("app");
for (const latency of [0, 20]) {
  stack.relay.setLatency(latency);
  const a: number[] = [], b: number[] = [], c: number[] = [], d: number[] = [];
  for (let i = 0; i < 15; i++) {
    const pool = new Pool({ connectionString: url });
    stack.relay.resetRoundTrips();
    await pool.query("select 1");
    a.push(stack.relay.roundTrips());
    await pool.end();
    const client = new Client(url);
    stack.relay.resetRoundTrips();
    await client.connect();
    b.push(stack.relay.roundTrips());
    await client.query("select 1");
    c.push(stack.relay.roundTrips());
    await client.end();
    const pool2 = new Pool({ connectionString: url });
    stack.relay.resetRoundTrips();
    const pc = await pool2.connect();
    await pc.query("select 1");
    d.push(stack.relay.roundTrips());
    pc.release();
    await pool2.end();
  }
  console.log("latency", latency, "pool.query", a.join(","), "| client.connect", b.join(","), "| +query", c.join(","), "| pool.connect+query", d.join(","));
}
await stack.stop();
