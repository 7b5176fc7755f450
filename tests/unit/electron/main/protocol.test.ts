// The app:// handler is the only way files reach the window: it must serve the renderer folder and
// nothing outside it, with the CSP on every response.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createAppProtocolHandler,
  type AppProtocolHandler,
} from '../../../../electron/main/protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/csp.js';

let base: string;
let handler: AppProtocolHandler;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'chainatlas-protocol-'));
  const root = join(base, 'out', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ChainAtlas</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'x');
  writeFileSync(join(root, 'assets', '产业链.png'), 'png');
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(base, 'out', 'renderer-secret.txt'), 'TOP SECRET');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handler = createAppProtocolHandler(root);
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> =>
  handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html for app://ui/ with the CSP header', async () => {
    for (const url of ['app://ui/', 'app://ui/index.html', 'app://ui']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<title>ChainAtlas</title>');
    }
  });

  it('sends the right MIME type per file', async () => {
    const cases: [string, string][] = [
      ['assets/app.js', 'text/javascript; charset=utf-8'],
      ['assets/app.css', 'text/css; charset=utf-8'],
      ['assets/logo.svg', 'image/svg+xml'],
      ['assets/font.woff2', 'font/woff2'],
      [`assets/${encodeURIComponent('产业链')}.png`, 'image/png'],
    ];
    for (const [path, type] of cases) {
      const res = await get(`app://ui/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses path traversal in every spelling with 403', async () => {
    // Built by hand: new Request() would normalise some of these away before the handler sees them.
    const attacks = [
      'app://ui/../../secret.txt',
      'app://ui/assets/../../../secret.txt',
      'app://ui/%2e%2e/%2e%2e/secret.txt',
      'app://ui/%2E%2E/secret.txt',
      'app://ui/.%2e/secret.txt',
      'app://ui/..%2f..%2fsecret.txt',
      'app://ui/..%5c..%5csecret.txt',
      'app://ui/assets/..\\..\\secret.txt',
      'app://ui/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://ui/..%2frenderer-secret.txt',
    ];
    for (const url of attacks) {
      const res = await handler({ url, method: 'GET' });
      expect(res.status, url).toBe(403);
      expect(await res.text()).not.toContain('TOP SECRET');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses a symlink that leads outside the folder', async () => {
    const res = await get('app://ui/assets/link.txt');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('TOP SECRET');
  });

  it('answers 404 for any other host or scheme', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://ui.evil/index.html',
      'app://UI2/',
      'https://ui/index.html',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
    }
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('app://ui/nope.js')).status).toBe(404);
    expect((await get('app://ui/assets')).status).toBe(404);
    expect((await get('app://ui/assets/')).status).toBe(404);
  });

  it('serves only reads', async () => {
    expect((await get('app://ui/index.html', 'POST')).status).toBe(405);
    const head = await get('app://ui/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
