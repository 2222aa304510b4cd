import { isIP } from "node:net";
import type { ServerResponse } from "node:http";

/** An IP literal as it appears in a Host header: IPv6 in brackets. */
export function formatHostName(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

function isLoopback(address: string): boolean {
  return address === "::1" || address === "localhost" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === "::ffff:127.0.0.1";
}

/**
 * The Host values (lower case) this server answers to: the address it is
 * bound to, and `localhost` when that is a loopback address, each with its
 * port (without it too on port 80, where browsers leave it out). Any other
 * name reached this socket through someone else's DNS, as a rebinding page
 * does, and is refused.
 */
export function listAuthorities(host: string, bound: string, port: number): ReadonlySet<string> {
  const names = new Set([formatHostName(host).toLowerCase(), formatHostName(bound).toLowerCase()]);
  if (isLoopback(host) || isLoopback(bound)) names.add("localhost");
  if (host === "localhost") for (const literal of ["127.0.0.1", "[::1]"]) names.add(literal);
  const authorities = new Set<string>();
  for (const name of names) {
    authorities.add(`${name}:${port}`);
    if (port === 80) authorities.add(name);
  }
  return authorities;
}

/** RFC 3986 path characters: unreserved, sub-delims, `:` `@`, and `%XX` escapes; a query may add `/` and `?`. */
const ORIGIN_FORM = /^((?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)+)(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/**
 * The request target split into the authority it names (absolute form,
 * RFC 9112 §3.2.2; else the Host header) and its decoded path, or
 * undefined when it is not a valid HTTP target. Parsed by hand, never by
 * `new URL`, which throws on `//%` and reads `//x` as a host.
 */
export function parseRequestTarget(target: string, hostHeader: string | undefined): { authority: string | undefined; path: string } | undefined {
  let authority = hostHeader;
  let rest = target;
  const absolute = /^http:\/\/([^/?#]*)/i.exec(target);
  if (absolute !== null) {
    authority = absolute[1]!;
    rest = target.slice(absolute[0].length) || "/";
  }
  const match = ORIGIN_FORM.exec(rest);
  if (match === null) return undefined;
  try {
    return { authority: authority?.toLowerCase(), path: decodeURIComponent(match[1]!) };
  } catch {
    // %-escapes that are not UTF-8 (`%E4%BD`).
    return undefined;
  }
}

/** `http://` and one of this server's authorities, nothing more (`null`, another scheme, a path: refused). */
export function isOwnOrigin(origin: string, authorities: ReadonlySet<string>): boolean {
  const match = /^http:\/\/(.*)$/i.exec(origin);
  return match !== null && authorities.has(match[1]!.toLowerCase());
}

/** A short plain-text answer; when the headers have gone out already, the connection is cut instead. */
export function refuse(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" }).end(text);
}

