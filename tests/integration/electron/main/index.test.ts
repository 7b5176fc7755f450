// The desktop composition root as it ships: the esbuild bundle (out/main/index.cjs) is built into a
// temp folder and run on Node with a fake 'electron' module, since no Electron binary exists here.
// It proves the wiring: privileged app:// scheme, guards on every webContents, secure window on
// app://ui, every channel on ipc, first start creating the demo workspace, checkpoint on quit.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { type Channel, contract } from '../../../../shared/ipc/contract.js';
import type { Result } from '../../../../shared/ipc/result.js';
import { CALLS, type Got } from './channel-calls.js';

type Listener = (...args: unknown[]) => unknown;

class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  url = '';
  webContents = { reload: vi.fn() };
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    super();
    FakeWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    this.emit('ready-to-show');
    return Promise.resolve();
  }
  show = vi.fn();
  isMinimized = () => false;
  restore = vi.fn();
  focus = vi.fn();
}

/** Electron's utilityProcess.fork stood in for by a real Node child running the same bundled
 * worker file (which falls back from process.parentPort to process.send), so the parse is real. */
function fakeUtilityFork(calls: { file: string; execArgv: string[] }[]) {
  return (file: string, _args: string[], options: { execArgv: string[] }) => {
    calls.push({ file, execArgv: options.execArgv });
    const child = fork(file, [], {
      execArgv: options.execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const proc = Object.assign(new EventEmitter(), {
      stderr: child.stderr,
      postMessage: (m: unknown) => child.send(m as object),
      kill: () => child.kill('SIGKILL'),
    });
    child.on('message', (m) => proc.emit('message', m));
    child.on('exit', (code) => proc.emit('exit', code ?? 1));
    return proc;
  };
}

function fakeElectron(appRoot: string) {
  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const paths = new Map<string, string>([['userData', join(appRoot, 'default-profile')]]);
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getAppPath: () => appRoot,
    getPath: (name: string) => paths.get(name) ?? '',
    setPath: (name: string, value: string) => paths.set(name, value),
    whenReady: () => readyPromise,
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const state = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (r: Request) => Promise<Response>>(),
    ipc: new Map<string, Listener>(),
    menus: [] as unknown[],
    errors: [] as string[],
    permissionHandler: undefined as Listener | undefined,
    utilityForks: [] as { file: string; execArgv: string[] }[],
    partitions: [] as string[],
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (list: unknown[]) => state.privileged.push(...list),
      handle: (scheme: string, fn: (r: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (state.permissionHandler = h),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
        on: vi.fn(),
      },
      fromPartition: (partition: string) => {
        state.partitions.push(partition);
        return {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
          protocol: { handle: vi.fn() },
        };
      },
    },
    utilityProcess: { fork: fakeUtilityFork(state.utilityForks) },
    ipcMain: { handle: (channel: string, fn: Listener) => state.ipc.set(channel, fn) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => state.menus.push(m),
    },
    dialog: {
      showErrorBox: (_title: string, message: string) => state.errors.push(message),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
    },
  };
  return { electron, state, app, ready };
}

// Inside the repo (in the git-ignored .cache) so the bundle resolves electron/better-sqlite3
// from node_modules exactly as it does in a dev run.
const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
let base: string;
let fake: ReturnType<typeof fakeElectron>;
const savedEnv = { ...process.env };
const dataDir = mkdtempSync(join(tmpdir(), 'chainatlas-main-'));
const workspaceFile = () => join(dataDir, 'data', 'first.chainatlas');

beforeAll(async () => {
  mkdirSync(join(repoRoot, '.cache'), { recursive: true });
  base = mkdtempSync(join(repoRoot, '.cache', 'main-bundle-'));
  const script = pathToFileURL(join(repoRoot, 'build', 'scripts', 'build-electron.mjs')).href;
  const { buildElectron } = (await import(script)) as {
    buildElectron: (out: string) => Promise<{ main: string }>;
  };
  const { main } = await buildElectron(join(base, 'out'));
  mkdirSync(join(base, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(base, 'out', 'renderer', 'index.html'), '<!doctype html><title>图谱</title>');

  process.env['CHAINATLAS_USER_DATA'] = join(dataDir, 'profile');
  process.env['CHAINATLAS_DB'] = workspaceFile();
  delete process.env['CHAINATLAS_NATIVE_BINDING'];

  fake = fakeElectron(base);
  const require = createRequire(main);
  const electronId = require.resolve('electron');
  require.cache[electronId] = {
    id: electronId,
    filename: electronId,
    loaded: true,
    exports: fake.electron,
  } as NodeJS.Module;
  require(main);
  fake.ready();
  await vi.waitFor(
    () => {
      expect(FakeWindow.all).toHaveLength(1);
    },
    { timeout: 20_000 },
  );
}, 60_000);

afterAll(() => {
  process.env = savedEnv;
  rmSync(base, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('desktop main bundle', () => {
  it('registers app:// as a privileged standard, secure, fetch-capable scheme', () => {
    expect(fake.state.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(fake.app.getPath('userData')).toBe(join(dataDir, 'profile'));
  });

  it('opens one secure window on app://ui with the bundled preload', () => {
    const win = FakeWindow.all[0];
    expect(win?.url).toBe('app://ui/index.html');
    expect(win?.options.webPreferences).toMatchObject({
      preload: join(base, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: true,
    });
    expect(existsSync(join(base, 'out', 'preload', 'index.cjs'))).toBe(true);
    expect(win?.show).toHaveBeenCalled();
    expect(fake.state.errors).toEqual([]);
  });

  it('serves the renderer over app:// with the CSP', async () => {
    const handler = fake.state.protocolHandlers.get('app');
    const res = await handler?.(new Request('app://ui/'));
    expect(res?.status).toBe(200);
    expect(await res?.text()).toContain('<title>图谱</title>');
    expect(res?.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await handler?.(new Request('app://evil/')))?.status).toBe(404);
  });

  it('guards every webContents created and denies permissions', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, contents);
    const nav = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents.emit('will-navigate', nav);
    expect(nav.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const cb = vi.fn();
    fake.state.permissionHandler?.({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('creates the first workspace with the demo data and answers every channel over ipc', async () => {
    expect([...fake.state.ipc.keys()].sort()).toEqual(Object.keys(contract).sort());
    const event = { senderFrame: { url: 'app://ui/index.html', parent: null } };
    const info = (await fake.state.ipc.get('workspace:info')?.(event, {})) as Result<{
      name: string;
      stats: { clusters: number; enterprises: number; links: number };
    }>;
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.value.name).toBe('first.chainatlas');
    expect(info.value.stats.clusters).toBeGreaterThanOrEqual(4);
    expect(info.value.stats.enterprises).toBeGreaterThanOrEqual(40);
    expect(info.value.stats.links).toBeGreaterThanOrEqual(30);

    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const refused = (await fake.state.ipc.get('cluster:list')?.(foreign, {})) as Result<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Every channel, called with a valid input, answers ok with what its contract promises. The
    // native dialogs are cancelled (open, create, export all answer null).
    fake.electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    fake.electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const got: Got = {};
    for (const [channel, input] of Object.entries(CALLS) as [Channel, (g: Got) => unknown][]) {
      const r = (await fake.state.ipc.get(channel)?.(event, input(got))) as Result<unknown>;
      expect(r, channel).toMatchObject({ ok: true });
      if (!r.ok) continue;
      expect(contract[channel].output.safeParse(r.value).success, `${channel} output`).toBe(true);
      got[channel] = r.value;
    }
    expect(got['workspace:open']).toBeNull();
    expect(got['map:exportAll']).toBeNull();
    expect(got['lead:update']).toMatchObject({ targetName: '全通道线索', stage: 'contact' });
    expect(got['import:commit']).toMatchObject({ skipped: 0 });
    expect(got['map:export']).toMatchObject({ missing: [] });
    const after = (await fake.state.ipc.get('enterprise:list')?.(event, {
      query: '全通道检查企业',
    })) as Result<{ total: number }>;
    expect(after).toMatchObject({ ok: true, value: { total: 1 } });
  }, 120_000);

  it('parses an imported spreadsheet in a utilityProcess running the bundled worker', async () => {
    const event = { senderFrame: { url: 'app://ui/index.html', parent: null } };
    const csv = Buffer.from(
      '\uFEFF企业名称,统一社会信用代码\n桌面导入测试企业,913502000728319549\n',
    );
    const forksBefore = fake.state.utilityForks.length;
    const preview = (await fake.state.ipc.get('import:preview')?.(event, {
      files: [{ name: '企业.csv', base64: csv.toString('base64') }],
    })) as Result<{ preview: { counts: Record<string, { new: number }> } }>;
    expect(preview).toMatchObject({ ok: true });
    // One more parser process than before (the every-channel test's preview started the first).
    expect(fake.state.utilityForks).toHaveLength(forksBefore + 1);
    const fork = fake.state.utilityForks[forksBefore];
    expect(fork?.file).toBe(join(base, 'out', 'main', 'parse-worker.cjs'));
    expect(fork?.execArgv.join(' ')).toMatch(/--max-old-space-size=\d+/);
    if (preview.ok) expect(preview.value.preview.counts['enterprises']?.new).toBe(1);
  });

  it('builds the File menu and checkpoints the workspace on quit', () => {
    expect(fake.state.menus.length).toBeGreaterThan(0);
    fake.app.emit('before-quit');
    expect(existsSync(`${workspaceFile()}-wal`)).toBe(false);
    expect(existsSync(workspaceFile())).toBe(true);
  });
});
