// Browser-mode request guard: only loopback Host headers on our port, requests the browser marks as
// coming from our own origin, and the per-run token, so that other pages the user visits (DNS
// rebinding, cross-site forms, a page on another loopback port) cannot drive the workspace.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-chainatlas-token';

/**
 * Cookies are shared by every port of a host name, so the name carries the port: two ChainAtlas
 * servers on one machine must not overwrite each other's cookie.
 */
export const tokenCookieName = (port: number): string => `chainatlas_token_${String(port)}`;

export type GuardConfig = { port: number; token: string };

export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `127.0.0.1:${String(port)}` || host === `localhost:${String(port)}`;
}

/**
 * A second layer beside the token: browsers name the page that made a request (`Origin`, and
 * `Sec-Fetch-Site`, which calls another port of 127.0.0.1 "same-site", not "same-origin"). A request
 * that carries either must come from the origin it is sent to; tools that send neither (curl, the
 * tests' api client) still need the token.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

export function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(req: IncomingMessage, port: number): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const wanted = tokenCookieName(port);
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === wanted) return rest.join('=');
  }
  return undefined;
}

/** API calls must carry the token in a custom header: a cross-site page cannot set one without CORS. */
export const apiAuthorised = (req: IncomingMessage, token: string): boolean => {
  const header = req.headers[TOKEN_HEADER];
  return sameSecret(typeof header === 'string' ? header : undefined, token);
};

/** The first visit: the token in the query of the URL printed at start. */
export const queryAuthorised = (url: URL, token: string): boolean =>
  sameSecret(url.searchParams.get('token') ?? undefined, token);

/** Pages and assets after the first visit: the HttpOnly cookie that visit set. */
export const cookieAuthorised = (req: IncomingMessage, port: number, token: string): boolean =>
  sameSecret(cookieToken(req, port), token);
