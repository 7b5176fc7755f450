// Security guards for every webContents and the session: the app loads only app://ui, opens no
// windows, attaches no webviews and grants no permissions. Plain functions, so tests drive them
// with fakes; index.ts attaches them to the real objects.
import type { Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ui';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * True only for URLs on exactly app://ui. Node's URL gives custom schemes an opaque origin
 * ('null'), so scheme, host, port and credentials are compared one by one — never startsWith.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

type Preventable = { preventDefault(): void };

/** will-navigate / will-redirect / will-frame-navigate: stay on app://ui or go nowhere. */
export function guardNavigation(details: Preventable & { url: string }): void {
  if (!isAppUrl(details.url)) details.preventDefault();
}

/** setWindowOpenHandler: no window.open, no target=_blank, no new windows at all. */
export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/** will-attach-webview: the app has no <webview>; refuse any that appears. */
export function preventWebviewAttach(event: Preventable): void {
  event.preventDefault();
}

/** setPermissionRequestHandler: an offline graph tool needs no camera, mic, notifications … */
export function denyPermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** setPermissionCheckHandler: every synchronous permission check answers no. */
export const denyPermissionCheck = (): boolean => false;

/** Remote schemes the session cancels outright; the app is offline and loads only app://. */
export const BLOCKED_REQUEST_PATTERNS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'file:///*',
];

/**
 * True for a blob: URL the app made itself (`blob:app://ui/<uuid>`): the renderer hands exports
 * and templates to the user as blob downloads. Anything else is not ours to save.
 */
export function isAppBlobUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'blob:' && isAppUrl(url.pathname);
}

/**
 * session will-download: our own blob: exports go on to Electron's native Save-As dialog; a
 * download of anything else (a remote or file: URL, a data: URL) is cancelled.
 */
export function guardDownload(event: Preventable, item: { getURL(): string }): void {
  if (!isAppBlobUrl(item.getURL())) event.preventDefault();
}

export function applyWebContentsGuards(contents: WebContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-attach-webview', preventWebviewAttach);
  contents.setWindowOpenHandler(denyWindowOpen);
}

export function applySessionGuards(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_PATTERNS }, (_details, callback) => {
    callback({ cancel: true });
  });
  session.on('will-download', guardDownload);
}
