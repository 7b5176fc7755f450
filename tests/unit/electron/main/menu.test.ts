// The File menu a user reaches for: new, new demo, open, recent, save a copy, quit — each wired to
// its action.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import {
  buildMenuTemplate,
  workspaceMenuActions,
  type MenuActions,
} from '../../../../electron/main/menu.js';

const actions = (): MenuActions & Record<string, ReturnType<typeof vi.fn>> => ({
  newWorkspace: vi.fn(),
  newDemoWorkspace: vi.fn(),
  openWorkspace: vi.fn(),
  openRecent: vi.fn(),
  saveCopy: vi.fn(),
  quit: vi.fn(),
  openGuide: vi.fn(),
});

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

const click = (item: MenuItemConstructorOptions | undefined): void => {
  (item?.click as (() => void) | undefined)?.();
};

const recent = [
  { name: 'a.chainatlas', location: '/data' },
  { name: 'b.chainatlas', location: '/other' },
];

describe('application menu', () => {
  it('has a 文件 menu with new, new demo, open, recent, save a copy and quit wired to their actions', () => {
    const a = actions();
    const template = buildMenuTemplate(a, { recent, isMac: false, isPackaged: true });
    const file = template.find((m) => m.label === '文件');
    const items = submenuOf(file);
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(items.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      '新建工作区',
      '新建演示工作区',
      '打开工作区…',
      '最近打开',
      '另存副本…',
      '退出',
    ]);
    click(byLabel('新建工作区'));
    click(byLabel('新建演示工作区'));
    click(byLabel('打开工作区…'));
    click(byLabel('另存副本…'));
    click(byLabel('退出'));
    expect(a.saveCopy).toHaveBeenCalledOnce();
    expect(a.newWorkspace).toHaveBeenCalledOnce();
    expect(a.newDemoWorkspace).toHaveBeenCalledOnce();
    expect(a.openWorkspace).toHaveBeenCalledOnce();
    expect(a.quit).toHaveBeenCalledOnce();

    const recentItems = submenuOf(byLabel('最近打开'));
    expect(recentItems.map((i) => i.label)).toEqual([
      'a.chainatlas — /data',
      'b.chainatlas — /other',
    ]);
    click(recentItems[1]);
    expect(a.openRecent).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('has a 帮助 menu whose 使用指南 (F1) opens the guide', () => {
    const a = actions();
    const template = buildMenuTemplate(a, { recent: [], isMac: false, isPackaged: true });
    const help = template.find((m) => m.label === '帮助');
    const guide = submenuOf(help).find((i) => i.label === '使用指南');
    expect(guide?.accelerator).toBe('F1');
    (guide?.click as () => void)();
    expect(a.openGuide).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when nothing was opened yet', () => {
    const template = buildMenuTemplate(actions(), { recent: [], isMac: false, isPackaged: true });
    const recentMenu = submenuOf(template[0]).find((i) => i.label === '最近打开');
    expect(submenuOf(recentMenu)).toEqual([{ label: '（无）', enabled: false }]);
  });

  it('offers DevTools only in development and the app menu only on macOS', () => {
    const roles = (t: MenuItemConstructorOptions[]) =>
      t.flatMap((m) => [m.role, ...submenuOf(m).map((i) => i.role)]).filter(Boolean);
    expect(
      roles(buildMenuTemplate(actions(), { recent, isMac: false, isPackaged: true })),
    ).not.toContain('toggleDevTools');
    const dev = buildMenuTemplate(actions(), { recent, isMac: true, isPackaged: false });
    expect(roles(dev)).toContain('toggleDevTools');
    expect(dev[0]?.role).toBe('appMenu');
  });
});

describe('workspaceMenuActions', () => {
  it('turns menu clicks into shell calls and reports failures through run', async () => {
    const shell = {
      openWorkspace: vi.fn(() => Promise.resolve(null)),
      createWorkspace: vi.fn(() => Promise.reject(new Error('文件已存在'))),
      saveCopy: vi.fn(() => Promise.resolve(null)),
    };
    const failures: unknown[] = [];
    const pending: Promise<unknown>[] = [];
    const run = (action: () => Promise<unknown>) => {
      pending.push(action().catch((e: unknown) => failures.push(e)));
    };
    const quit = vi.fn();
    const a = workspaceMenuActions(shell, run, quit);
    a.newWorkspace();
    a.newDemoWorkspace();
    a.openWorkspace();
    a.openRecent(3);
    a.saveCopy();
    a.quit();
    await Promise.all(pending);
    expect(shell.createWorkspace.mock.calls).toEqual([[{ demo: false }], [{ demo: true }]]);
    expect(shell.openWorkspace.mock.calls).toEqual([[{}], [{ recentIndex: 3 }]]);
    expect(shell.saveCopy).toHaveBeenCalledOnce();
    expect(failures).toHaveLength(2);
    expect(quit).toHaveBeenCalledOnce();
  });
});
