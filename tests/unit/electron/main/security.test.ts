// The guards a user relies on without seeing them: the window never leaves app://ui, opens no
// popups, attaches no webviews and grants no permissions. Driven through fake webContents/session.
import { EventEmitter } from 'node:events';

import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import {
  BLOCKED_REQUEST_PATTERNS,
  applySessionGuards,
  applyWebContentsGuards,
  isAppUrl,
} from '../../../../electron/main/security.js';

type OpenHandler = (details: { url: string }) => { action: string };

class FakeWebContents extends EventEmitter {
  openHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
}

function guardedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  applyWebContentsGuards(contents as unknown as WebContents);
  return contents;
}

const navigate = (contents: FakeWebContents, event: string, url: string): boolean => {
  const details = { url, preventDefault: vi.fn() };
  contents.emit(event, details, url);
  return details.preventDefault.mock.calls.length > 0;
};

const HOSTILE = [
  'https://evil.example/',
  'http://localhost:5178/',
  'app://ui.evil/',
  'app://evil/index.html',
  'app://ui:8080/',
  'app://user@ui/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'not a url',
  '',
];

describe('navigation guard', () => {
  for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
    it(`${event}: blocks every URL outside app://ui`, () => {
      const contents = guardedContents();
      for (const url of HOSTILE) expect(navigate(contents, event, url), url).toBe(true);
    });

    it(`${event}: lets app://ui pages through`, () => {
      const contents = guardedContents();
      expect(navigate(contents, event, 'app://ui/')).toBe(false);
      expect(navigate(contents, event, 'app://ui/index.html#/enterprises')).toBe(false);
    });
  }

  it('compares the parsed host exactly, not a prefix', () => {
    expect(isAppUrl('app://ui/')).toBe(true);
    expect(isAppUrl('APP://ui/index.html')).toBe(true); // the scheme is case-insensitive
    // Chromium lower-cases standard-scheme hosts before the guard sees them; any other spelling is refused.
    expect(isAppUrl('app://UI/index.html')).toBe(false);
    expect(isAppUrl('app://ui.evil/')).toBe(false);
    expect(isAppUrl('app://uix/')).toBe(false);
    expect(isAppUrl('apps://ui/')).toBe(false);
  });
});

describe('new windows and webviews', () => {
  it('denies window.open and target=_blank for any URL', () => {
    const contents = guardedContents();
    expect(contents.openHandler).toBeDefined();
    for (const url of ['https://evil.example/', 'app://ui/index.html', 'about:blank']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('prevents attaching a <webview>', () => {
    const contents = guardedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://x' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('session guards', () => {
  type RequestHandler = (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
  type CheckHandler = (...args: unknown[]) => boolean;
  type BeforeRequest = (details: unknown, cb: (r: { cancel: boolean }) => void) => void;
  type WillDownload = (event: { preventDefault(): void }, item: { getURL(): string }) => void;
  type FakeSession = {
    download?: WillDownload;
    request?: RequestHandler;
    check?: CheckHandler;
    device?: CheckHandler;
    blocked?: { patterns: string[]; listener: BeforeRequest };
  };

  function fakeSession(): FakeSession {
    const s: FakeSession = {};
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => (s.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (s.check = h),
      setDevicePermissionHandler: (h: CheckHandler) => (s.device = h),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequest) => {
          s.blocked = { patterns: filter.urls, listener };
        },
      },
      on: (event: string, listener: WillDownload) => {
        if (event === 'will-download') s.download = listener;
      },
    };
    applySessionGuards(session as unknown as Session);
    return s;
  }

  it('denies every permission request', () => {
    const s = fakeSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid']) {
      const cb = vi.fn();
      s.request?.({}, permission, cb);
      expect(cb).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check and device check with false', () => {
    const s = fakeSession();
    expect(s.check?.({}, 'media', 'app://ui', {})).toBe(false);
    expect(s.check?.({}, 'notifications', 'https://evil.example', {})).toBe(false);
    expect(s.device?.({ deviceType: 'usb', origin: 'app://ui' })).toBe(false);
  });

  it('cancels every http(s), websocket and file request', () => {
    const s = fakeSession();
    expect(s.blocked?.patterns).toEqual(BLOCKED_REQUEST_PATTERNS);
    for (const scheme of ['http:', 'https:', 'ws:', 'wss:', 'file:']) {
      expect(BLOCKED_REQUEST_PATTERNS.some((p) => p.startsWith(scheme))).toBe(true);
    }
    const cb = vi.fn();
    s.blocked?.listener({ url: 'https://evil.example/x.js' }, cb);
    expect(cb).toHaveBeenCalledExactlyOnceWith({ cancel: true });
  });

  /** Whether a download of `url` is cancelled (preventDefault) by the session's will-download guard. */
  const downloadCancelled = (s: FakeSession, url: string): boolean => {
    const event = { preventDefault: vi.fn() };
    s.download?.(event, { getURL: () => url });
    return event.preventDefault.mock.calls.length > 0;
  };

  it('lets the app’s own blob: exports reach the Save-As dialog', () => {
    const s = fakeSession();
    expect(s.download).toBeDefined();
    expect(downloadCancelled(s, 'blob:app://ui/6f1c9a2e-0b7d-4f8e-9a51-2c3d4e5f6a7b')).toBe(false);
  });

  it('cancels every other download', () => {
    const s = fakeSession();
    for (const url of [
      'https://evil.example/payload.exe',
      'http://localhost:5178/export.xlsx',
      'file:///etc/passwd',
      'data:application/octet-stream;base64,AAAA',
      'blob:https://evil.example/6f1c9a2e',
      'blob:app://ui.evil/6f1c9a2e',
      'blob:app://evil/6f1c9a2e',
      'blob:null/6f1c9a2e',
      'app://ui/index.html',
      'not a url',
      '',
    ])
      expect(downloadCancelled(s, url), url).toBe(true);
  });
});
