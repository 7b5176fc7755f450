// Preload (sandboxed, bundled to one CJS file): exposes window.api and nothing else.
import { contextBridge, ipcRenderer } from 'electron';

import { createPreloadApi } from './api.js';

contextBridge.exposeInMainWorld(
  'api',
  // A wrapper, so the page can never reach ipcRenderer or an ipc event object.
  createPreloadApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
