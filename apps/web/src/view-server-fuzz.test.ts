import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startViewServer, type ViewServer } from "./view-server.js";
import { buildTestPlan } from "./test-plan.js";

const servers: ViewServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Sends raw bytes on a loopback socket and returns what came back before the server closed it (or 2 s passed). */
function sendRaw(port: number, bytes: Buffer | string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const timer = setTimeout(finish, 2000);
    socket.on("data", (c: Buffer) => {
      chunks.push(c);
      // One response is all we wait for: the status line and the end of the headers.
      if (Buffer.concat(chunks).includes("\r\n\r\n")) finish();
    });
    socket.on("error", finish);
    socket.on("close", finish);
    socket.end(bytes);
  });
}

const statusOf = (response: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? 0);

/** Deterministic: the same 2,000 requests on every run. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const PIECES = ["/", "//", "%", "%2", "%zz", "%E4%BD", "%00", "%2F", "[", "]", "@", ":", "?", "#", "..", "\\", "议事", "\u00e9", "\uD800", " ", "\t", "\r", "\n", "\r\n", "*", "view.json", "plan.json", "http://evil.example", "index.html", "'\"<>", "\u0000", "~", "{", "|"];
/** The pieces Node's parser lets through to the handler (no whitespace or control characters). */
const HANDLER_PIECES = PIECES.filter((p) => !/[\s\u0000]/.test(p));
const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH", "get", "G\u00c9T", "", "BREW"];

function randomRequest(rand: () => number, port: number): Buffer {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // Most requests get past Node's own parser to the handler: a valid frame, only the target fuzzed.
  const wellFormed = rand() < 0.6;
  const parts: string[] = [];
  const length = rand() < 0.02 ? 20000 : Math.floor(rand() * 8);
  for (let i = 0; i < length; i++) parts.push(pick(wellFormed ? HANDLER_PIECES : PIECES));
  const target = (rand() < 0.8 ? "/" : "") + parts.join("");
  const version = wellFormed ? "HTTP/1.1" : pick(["HTTP/1.1", "HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1.1x", ""]);
  const headers = [
    wellFormed ? `Host: ${pick(["127.0.0.1", "localhost", "LOCALHOST"])}:${port}` : pick([`Host: 127.0.0.1:${port}`, `Host: localhost:${port}`, "Host: evil.example", "Host: 127.0.0.1", "Host: [::1", "Host:", `Host: 127.0.0.1:${port}\r\nHost: evil.example`, ""]),
    pick(["", "", `Origin: http://127.0.0.1:${port}`, "Origin: null", "Origin: http://evil.example", "Origin: %", "Origin: http://[", `Origin: http://localhost:${port}/x`]),
    pick(["", "Content-Length: 5", "Content-Length: -1", "Content-Length: abc", "Transfer-Encoding: chunked", "X: \u8bae", "X-Long: " + "a".repeat(rand() < 0.05 ? 20000 : 10)]),
  ].filter((h) => h !== "");
  const body = rand() < 0.3 ? pick(["hello", "0\r\n\r\n", "zz\r\n", "\u0000\u0001"]) : "";
  const head = `${wellFormed ? pick(["GET", "HEAD", "POST"]) : pick(METHODS)} ${target} ${version}\r\n${headers.join("\r\n")}\r\n\r\n${body}`;
  // Half as UTF-8, half as raw Latin-1 bytes (so some requests carry bytes above 0x7F that are not UTF-8).
  return Buffer.from(head, rand() < 0.5 ? "utf8" : "latin1");
}

describe("the viewer under malformed requests (issue 13)", () => {
  it("answers 400 to a path that is not a valid URL path, and keeps serving", async () => {
    const server = await startViewServer({ plan: buildTestPlan() });
    servers.push(server);
    const host = `Host: 127.0.0.1:${server.port}`;
    const cases: [string, number][] = [
      ["//%", 400],
      ["//[", 400],
      ["/%", 400],
      ["/%zz", 400],
      ["/view.json%", 400],
      ["/%E4%BD", 400], // not UTF-8
      ["/#x", 400],
      ["/\u8bae", 400], // raw non-ASCII: it must be %-escaped
      ["*", 400],
      ["//evil.example/", 404], // a valid path (RFC 9112 origin-form), not a host
      ["/app%2Ejs?x=%", 400],
      ["/view%2Ejson?x=1", 200],
      [`http://127.0.0.1:${server.port}/view.json`, 200], // absolute form names its own authority
      ["http://evil.example/view.json", 421],
    ];
    for (const [target, status] of cases) {
      expect([target, statusOf(await sendRaw(server.port, Buffer.from(`GET ${target} HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`)))]).toEqual([target, status]);
    }
    expect(statusOf(await sendRaw(server.port, `GET /view.json HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`))).toBe(200);
  });

  it("stays up through 2,000 random raw requests and then serves a normal GET", { timeout: 120_000 }, async () => {
    const server = await startViewServer({ plan: buildTestPlan() });
    servers.push(server);
    const rand = seededRandom(13);
    const requests = Array.from({ length: 2000 }, () => randomRequest(rand, server.port));
    const seen = new Map<number, number>();
    // 16 sockets at a time: the server sees concurrent connections, the machine is not flooded.
    for (let i = 0; i < requests.length; i += 16) {
      const responses = await Promise.all(requests.slice(i, i + 16).map((r) => sendRaw(server.port, r)));
      for (const r of responses) seen.set(statusOf(r), (seen.get(statusOf(r)) ?? 0) + 1);
    }
    // Never a 5xx: a request the handler did not foresee is still the client's mistake.
    expect([...seen.keys()].filter((s) => s >= 500)).toEqual([]);
    // Every branch was reached (the seed gives about 1,550 × 400, 300 × 403, 47 × 421, 30 × 405, 30 × 200, 20 × 404).
    expect(Math.min(...[200, 400, 403, 404, 405, 421].map((s) => seen.get(s) ?? 0))).toBeGreaterThanOrEqual(10);
    const ok = await sendRaw(server.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    expect(statusOf(ok)).toBe(200);
  });
});
