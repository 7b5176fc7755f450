// Globals the renderer sees: the preload's api object exists only on the desktop (absent in browser mode).
import type { Api } from '../shared/ipc/api.js';

declare global {
  interface Window {
    api?: Api;
  }
}

export {};
