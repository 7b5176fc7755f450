// The preload is the page's whole view of the main process: one `api` object with one `invoke`
// that accepts only contract channels. ipcRenderer and ipc events never reach the page.
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { contract } from '../../../../shared/ipc/contract.js';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((_channel: string, _input: unknown) =>
  Promise.resolve({ ok: true, value: 42 }),
);

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed.set(key, value);
    },
  },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => invoke(channel, input),
    send: () => undefined,
    on: () => undefined,
  },
}));

type ExposedApi = { invoke(channel: unknown, input?: unknown): Promise<unknown> };

async function loadPreload(): Promise<ExposedApi> {
  exposed.clear();
  vi.resetModules();
  await import('../../../../electron/preload/index.js');
  return exposed.get('api') as ExposedApi;
}

beforeEach(() => {
  invoke.mockClear();
});

describe('preload', () => {
  it('exposes exactly one key, api, with exactly one function, invoke', async () => {
    const api = await loadPreload();
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) {
      expect(value).not.toHaveProperty('send');
      expect(value).not.toHaveProperty('on');
    }
  });

  it('forwards every contract channel to ipcRenderer.invoke', async () => {
    const api = await loadPreload();
    for (const channel of Object.keys(contract)) {
      await expect(api.invoke(channel, { a: 1 })).resolves.toEqual({ ok: true, value: 42 });
      expect(invoke).toHaveBeenLastCalledWith(channel, { a: 1 });
    }
    await api.invoke('workspace:info');
    expect(invoke).toHaveBeenLastCalledWith('workspace:info', {});
  });

  it('refuses anything else without calling ipc', async () => {
    const api = await loadPreload();
    for (const channel of [
      'fs:read',
      'ELECTRON_BROWSER_REQUIRE',
      '__proto__',
      'toString',
      '',
      42,
      null,
      {},
    ]) {
      const result = await api.invoke(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });
});
