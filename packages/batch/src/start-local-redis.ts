import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { assertRedisReachable } from "./redis-connection.js";

export interface LocalRedis {
  url: string;
  child: ChildProcess;
  stop(): void;
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export function findFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * Starts a throw-away redis-server on a free loopback port (no persistence)
 * and waits until it answers: for tests and benchmarks that need a real
 * queue. Refuses after about 5 s with the connection's own error.
 */
export async function startLocalRedis(redisServer = "/usr/bin/redis-server"): Promise<LocalRedis> {
  const port = await findFreePort();
  const url = `redis://127.0.0.1:${port}`;
  const child = spawn(redisServer, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const stop = () => void child.kill("SIGKILL");
  for (let i = 0; ; i++) {
    try {
      await assertRedisReachable(url);
      return { url, child, stop };
    } catch (error) {
      if (i === 50) {
        stop();
        throw error;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
