// Browser-mode request guard: only loopback Host headers on our port, and the per-run token,
// so that other pages the user visits (DNS rebinding, cross-site forms) cannot drive the workspace.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-chainatlas-token';
export const TOKEN_COOKIE = 'chainatlas_token';

export type GuardConfig = { port: number; token: string };

export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `127.0.0.1:${String(port)}` || host === `localhost:${String(port)}`;
}

export function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

/** API calls must carry the token in a custom header: a cross-site page cannot set one without CORS. */
export const apiAuthorised = (req: IncomingMessage, token: string): boolean => {
  const header = req.headers[TOKEN_HEADER];
  return sameSecret(typeof header === 'string' ? header : undefined, token);
};

/** Pages and assets: the token in the query (first visit) or the cookie set on that visit. */
export const pageAuthorised = (req: IncomingMessage, url: URL, token: string): boolean =>
  sameSecret(url.searchParams.get('token') ?? undefined, token) ||
  sameSecret(cookieToken(req), token);
