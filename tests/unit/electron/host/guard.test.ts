// Browser-mode guard: which requests may read pages and call the api. Each check is fed the headers
// a browser or another page would send; a wrong answer here lets another web page drive the workspace.
import type { IncomingMessage } from 'node:http';

import { describe, expect, it } from 'vitest';

import {
  apiAuthorised,
  cookieAuthorised,
  cookieToken,
  isAllowedHost,
  isSameOrigin,
  queryAuthorised,
  sameSecret,
  TOKEN_HEADER,
  tokenCookieName,
} from '../../../../electron/host/guard.js';

const PORT = 5178;
const TOKEN = 'a3f9c2e4b5d6a7f8091a2b3c4d5e6f70';
const HOST = `127.0.0.1:${String(PORT)}`;

/** A request as the guard sees it: only its headers matter. */
const req = (headers: Record<string, string | string[] | undefined>): IncomingMessage =>
  ({ headers }) as unknown as IncomingMessage;

describe('api calls need the token header', () => {
  it('accepts the token in the X-ChainAtlas-Token header', () => {
    expect(TOKEN_HEADER).toBe('x-chainatlas-token');
    expect(apiAuthorised(req({ [TOKEN_HEADER]: TOKEN }), TOKEN)).toBe(true);
  });

  it('does not take the page cookie in place of the header', () => {
    const cookie = `${tokenCookieName(PORT)}=${TOKEN}`;
    expect(apiAuthorised(req({ cookie }), TOKEN)).toBe(false);
    expect(apiAuthorised(req({ cookie, [TOKEN_HEADER]: 'wrong' }), TOKEN)).toBe(false);
  });

  it.each([
    ['a wrong token of the same length', TOKEN.replace(/.$/, 'x')],
    ['a prefix of the token', TOKEN.slice(0, 16)],
    ['the token with more after it', `${TOKEN}0`],
    ['an empty header', ''],
  ])('refuses %s', (_what, given) => {
    expect(apiAuthorised(req({ [TOKEN_HEADER]: given }), TOKEN)).toBe(false);
  });

  it('refuses a header sent twice (an array), even if one copy is right', () => {
    expect(apiAuthorised(req({ [TOKEN_HEADER]: [TOKEN, TOKEN] }), TOKEN)).toBe(false);
    expect(apiAuthorised(req({}), TOKEN)).toBe(false);
  });
});

describe('pages: the URL token on the first visit, then the cookie', () => {
  it('trades only the exact token in the query', () => {
    expect(queryAuthorised(new URL(`http://${HOST}/?token=${TOKEN}`), TOKEN)).toBe(true);
    expect(queryAuthorised(new URL(`http://${HOST}/?token=x${TOKEN}`), TOKEN)).toBe(false);
    expect(queryAuthorised(new URL(`http://${HOST}/`), TOKEN)).toBe(false);
  });

  it("reads this port's cookie among others, keeping '=' inside the value", () => {
    expect(tokenCookieName(PORT)).toBe('chainatlas_token_5178');
    const header = `theme=dark; chainatlas_token_5179=other;  chainatlas_token_5178=${TOKEN}==; x=1`;
    expect(cookieToken(req({ cookie: header }), PORT)).toBe(`${TOKEN}==`);
    expect(cookieToken(req({ cookie: 'chainatlas_token_5179=other' }), PORT)).toBeUndefined();
    expect(cookieToken(req({}), PORT)).toBeUndefined();
  });

  it("opens pages with this port's cookie only", () => {
    const mine = req({ cookie: `${tokenCookieName(PORT)}=${TOKEN}` });
    expect(cookieAuthorised(mine, PORT, TOKEN)).toBe(true);
    const otherPort = req({ cookie: `${tokenCookieName(PORT + 1)}=${TOKEN}` });
    expect(cookieAuthorised(otherPort, PORT, TOKEN)).toBe(false);
    const wrong = req({ cookie: `${tokenCookieName(PORT)}=${TOKEN.slice(1)}x` });
    expect(cookieAuthorised(wrong, PORT, TOKEN)).toBe(false);
    // The header alone opens no page: pages are loaded by the browser, which sends the cookie.
    expect(cookieAuthorised(req({ [TOKEN_HEADER]: TOKEN }), PORT, TOKEN)).toBe(false);
  });

  it('compares secrets exactly', () => {
    expect(sameSecret(TOKEN, TOKEN)).toBe(true);
    expect(sameSecret(undefined, TOKEN)).toBe(false);
    expect(sameSecret(TOKEN.toUpperCase(), TOKEN)).toBe(false);
  });
});

describe('Host and origin', () => {
  it('allows only loopback names with our port (no DNS rebinding)', () => {
    expect(isAllowedHost(HOST, PORT)).toBe(true);
    expect(isAllowedHost(`localhost:${String(PORT)}`, PORT)).toBe(true);
    for (const bad of [
      undefined,
      '',
      '127.0.0.1',
      `127.0.0.1:${String(PORT + 1)}`,
      `evil.example:${String(PORT)}`,
      `127.0.0.1:${String(PORT)}.evil.example`,
      `[::1]:${String(PORT)}`,
    ]) {
      expect(isAllowedHost(bad, PORT), String(bad)).toBe(false);
    }
  });

  it('lets through requests that name no page (curl, the tests) and our own page', () => {
    expect(isSameOrigin(req({ host: HOST }))).toBe(true);
    expect(isSameOrigin(req({ host: HOST, origin: `http://${HOST}` }))).toBe(true);
    expect(isSameOrigin(req({ host: HOST, 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(
      isSameOrigin(req({ host: HOST, origin: `http://${HOST}`, 'sec-fetch-site': 'same-origin' })),
    ).toBe(true);
  });

  it('refuses a page on another port, another site, or an opaque origin', () => {
    const otherPort = `http://127.0.0.1:${String(PORT + 1)}`;
    expect(isSameOrigin(req({ host: HOST, origin: otherPort }))).toBe(false);
    expect(isSameOrigin(req({ host: HOST, origin: 'null' }))).toBe(false);
    expect(isSameOrigin(req({ host: HOST, origin: `https://${HOST}` }))).toBe(false);
    // A request without Host compares against "http://", which no origin equals.
    expect(isSameOrigin(req({ origin: 'http://' + HOST }))).toBe(false);
    for (const site of ['same-site', 'cross-site', 'none']) {
      expect(isSameOrigin(req({ host: HOST, 'sec-fetch-site': site })), site).toBe(false);
      expect(
        isSameOrigin(req({ host: HOST, origin: `http://${HOST}`, 'sec-fetch-site': site })),
        `${site} with our origin`,
      ).toBe(false);
    }
  });
});
