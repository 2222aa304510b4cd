import { Redis, type RedisOptions } from "ioredis";
import type { RedisOptions as BullRedisOptions } from "bullmq";
import { YishiError } from "@yishi/domain";

/** How long to wait for Redis before saying it cannot be reached. */
export const CONNECT_TIMEOUT_MS = 3_000;

/** `redis://[user:password@]host[:port][/db]` as ioredis options; anything else is a usage error naming it. */
export function parseRedisUrl(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new YishiError("USAGE", `--queue: "${url}" is not an address; expected redis://HOST:PORT`);
  }
  if (parsed.protocol !== "redis:" || parsed.hostname === "") throw new YishiError("USAGE", `--queue: "${url}" is not a Redis address; expected redis://HOST:PORT`);
  const db = parsed.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d+$/.test(db)) throw new YishiError("USAGE", `--queue: database "${db}" in "${url}" is not a number`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: parsed.port === "" ? 6379 : Number(parsed.port),
    ...(db !== "" ? { db: Number(db) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
  };
}

/**
 * Connects once, with no retries, and PINGs: a Redis that is down, a wrong
 * port or a firewall is a clear error within CONNECT_TIMEOUT_MS instead of
 * BullMQ retrying for ever in silence.
 */
export async function assertRedisReachable(url: string, options: RedisOptions = parseRedisUrl(url)): Promise<void> {
  const probe = new Redis({ ...options, lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  // ioredis rejects with "Connection is closed."; the socket's own error (ECONNREFUSED, ETIMEDOUT…) comes as an event.
  let cause: unknown;
  probe.on("error", (error) => (cause ??= error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const first = (cause ?? error) as NodeJS.ErrnoException;
    const reason = first.code ?? first.message;
    throw new YishiError("QUEUE_UNREACHABLE", `--queue: cannot reach Redis at ${url} (${reason}); start redis-server there or give the right address`, { cause: cause ?? error });
  } finally {
    probe.disconnect();
  }
}

/**
 * Options for BullMQ's own connections: workers need maxRetriesPerRequest
 * null (BullMQ's rule for blocking commands), and reconnects back off to 2 s
 * so a Redis restart is ridden out.
 */
export function bullConnection(options: RedisOptions): BullRedisOptions {
  const { host, port, db, username, password } = options;
  return { host, port, db, username, password, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(times * 200, 2_000) };
}
