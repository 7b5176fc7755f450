// How browser mode answers: the same security headers on every response, and api refusals as the
// contract's Result JSON so the renderer shows them like any other failed call.
import type { ServerResponse } from 'node:http';

import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import { fail, type ErrorCode } from '../../shared/ipc/result.js';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer | string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** An api refusal with its HTTP status and a contract error carrying Chinese and English text. */
export function sendApiError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  text: { zh: string; en: string },
): void {
  sendJson(res, status, fail(code, text.zh, undefined, text.en));
}
