// ipc is the renderer's only door into the main process: every contract channel is registered,
// only the app's own main frame may knock, and input is parsed before any service runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import type { ShellContext } from '../../../../electron/core/api/shell-context.js';
import { insertCluster } from '../../../../electron/core/repositories/taxonomy-repository.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../electron/core/services/workspace.js';
import { makeIpcHandler, registerIpc, type SenderEvent } from '../../../../electron/main/ipc.js';
import { contract, type Channel } from '../../../../shared/ipc/contract.js';
import type { Result } from '../../../../shared/ipc/result.js';

let dir: string;
let ws: Workspace;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-ipc-'));
  ws = openWorkspace(join(dir, 'test.chainatlas'));
});

afterEach(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

/** A real context over the temp workspace, with every entry point spied on. */
function spiedContext() {
  const ctx = {
    shell: 'desktop' as const,
    current: vi.fn(() => ws),
    recent: vi.fn(() => []),
    openWorkspace: vi.fn(() => Promise.resolve(null)),
    createWorkspace: vi.fn(() => Promise.resolve(null)),
  } satisfies ShellContext;
  const untouched = () => {
    expect(ctx.current).not.toHaveBeenCalled();
    expect(ctx.recent).not.toHaveBeenCalled();
    expect(ctx.openWorkspace).not.toHaveBeenCalled();
    expect(ctx.createWorkspace).not.toHaveBeenCalled();
  };
  return { ctx, untouched };
}

const frame = (url: string, parent: unknown = null): SenderEvent => ({
  senderFrame: { url, parent },
});
const APP = frame('app://ui/index.html');

function fakeIpcMain() {
  const listeners = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => unknown>();
  return {
    listeners,
    handle(channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => unknown) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
}

const asEvent = (e: SenderEvent) => e as unknown as IpcMainInvokeEvent;

describe('the channel table', () => {
  it('gives every channel a zod input and output schema', () => {
    for (const [channel, spec] of Object.entries(contract)) {
      expect(spec.input, `${channel} input`).toBeInstanceOf(z.ZodType);
      expect(spec.output, `${channel} output`).toBeInstanceOf(z.ZodType);
    }
  });

  it('registers exactly one ipc handler per contract channel', () => {
    const ipc = fakeIpcMain();
    const registered = registerIpc(ipc, spiedContext().ctx);
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.keys(contract).sort());
    expect(registered.sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('sender checks', () => {
  const refusedSenders: [string, SenderEvent][] = [
    ['a foreign origin', frame('https://evil.example/')],
    ['a look-alike host', frame('app://ui.evil/index.html')],
    ['a file:// page', frame('file:///tmp/evil.html')],
    ['a subframe of the app', frame('app://ui/index.html', { url: 'app://ui/index.html' })],
    ['a destroyed frame', { senderFrame: null }],
  ];

  for (const [who, event] of refusedSenders) {
    it(`refuses every channel called from ${who}, before touching the workspace`, async () => {
      const { ctx, untouched } = spiedContext();
      const ipc = fakeIpcMain();
      registerIpc(ipc, ctx);
      for (const [channel, listener] of ipc.listeners) {
        const result = (await listener(asEvent(event), {})) as Result<unknown>;
        expect(result.ok, channel).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
      }
      untouched();
    });
  }
});

describe('input parsing', () => {
  const invalid: [Channel, unknown][] = [
    ['enterprise:get', { id: 'DROP TABLE enterprise' }],
    ['enterprise:get', {}],
    ['segment:list', { chainId: -1 }],
    ['enterprise:list', { limit: 10_000_000 }],
    ['enterprise:list', { query: 'x', path: '/etc/passwd' }],
    ['workspace:open', { path: '/etc/passwd' }],
    ['workspace:create', { demo: 'yes' }],
    ['cluster:list', { extra: true }],
    ['graph:chain', null],
  ];

  for (const [channel, input] of invalid) {
    it(`refuses ${channel} ${JSON.stringify(input)} before any service runs`, async () => {
      const { ctx, untouched } = spiedContext();
      const result = await makeIpcHandler(ctx)(channel, APP, input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
      untouched();
    });
  }

  it('refuses a channel name that is not in the contract', async () => {
    const { ctx, untouched } = spiedContext();
    const result = await makeIpcHandler(ctx)('fs:read' as Channel, APP, {});
    expect(result.ok).toBe(false);
    untouched();
  });
});

describe('valid calls', () => {
  it('reach the real workspace through the registered handler', async () => {
    insertCluster(ws.db, { name: '高端装备', color: '#1f6feb', sortOrder: 1 });
    const { ctx } = spiedContext();
    const ipc = fakeIpcMain();
    registerIpc(ipc, ctx);

    const clusters = (await ipc.listeners.get('cluster:list')?.(asEvent(APP), {})) as Result<
      { name: string }[]
    >;
    expect(clusters).toMatchObject({ ok: true, value: [{ name: '高端装备' }] });

    const info = (await ipc.listeners.get('workspace:info')?.(asEvent(APP), undefined)) as Result<{
      name: string;
      shell: string;
      stats: { clusters: number };
    }>;
    expect(info.ok).toBe(true);
    if (info.ok) {
      expect(info.value.name).toBe('test.chainatlas');
      expect(info.value.shell).toBe('desktop');
      expect(info.value.stats.clusters).toBe(1);
      expect(contract['workspace:info'].output.safeParse(info.value).success).toBe(true);
    }
  });
});
