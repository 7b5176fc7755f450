// The import wizard's round trip through dispatch(), as the browser shell calls it: upload as
// base64 → preview (nothing written) → commit, or a refusal that names the problem and writes nothing.
import { afterEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../../../../electron/core/api/dispatch.js';
import {
  unsupportedInBrowser,
  type ShellContext,
} from '../../../../../electron/core/api/shell-context.js';
import type { Result } from '../../../../../shared/ipc/result.js';
import { syntheticWorkbook } from '../../../../support/import-workbooks.js';
import {
  dumpContents,
  fixture,
  tempWorkspace,
  type TempWorkspace,
} from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const shell = (tw: TempWorkspace): ShellContext => ({
  shell: 'browser',
  current: () => tw.ws,
  recent: () => [],
  openWorkspace: () => Promise.resolve(unsupportedInBrowser()),
  createWorkspace: () => Promise.resolve(unsupportedInBrowser()),
});

type Preview = {
  id: string;
  preview: {
    errors: number;
    counts: Record<string, { new: number }>;
    issues: { code: string; row: number }[];
  };
};
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed view of a result
const ok = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('import channels', () => {
  it('previews without writing, then commits and lists the run', async () => {
    t = tempWorkspace();
    const ctx = shell(t);
    const { bytes } = fixture('register.ods');
    const p = ok<Preview>(
      await dispatch(ctx, 'import:preview', {
        files: [{ name: 'register.ods', base64: bytes.toString('base64') }],
      }),
    );
    expect(p.preview.counts['enterprises']?.new).toBe(4);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 0 });
    const c = ok<{ runId: number }>(await dispatch(ctx, 'import:commit', { id: p.id }));
    expect(c.runId).toBeGreaterThan(0);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 4 });
    expect(ok<unknown[]>(await dispatch(ctx, 'import:runs', {}))).toHaveLength(1);
    // A preview is used once.
    const again = await dispatch(ctx, 'import:commit', { id: p.id });
    expect(again.ok ? 'ok' : again.error.code).toBe('NOT_FOUND');
  });

  it('refuses to commit while errors remain and writes nothing', async () => {
    t = tempWorkspace();
    const ctx = shell(t);
    const csv = Buffer.from('\uFEFF企业名称,统一社会信用代码\n甲,123\n', 'utf8').toString('base64');
    const p = ok<Preview>(
      await dispatch(ctx, 'import:preview', { files: [{ name: 'bad.csv', base64: csv }] }),
    );
    expect(p.preview.issues).toMatchObject([{ code: 'USCC_INVALID', row: 2 }]);
    const before = dumpContents(t.ws.db);
    const r = await dispatch(ctx, 'import:commit', { id: p.id });
    expect(r.ok ? 'ok' : r.error.code).toBe('REJECTED');
    expect(dumpContents(t.ws.db)).toEqual(before);
  });

  it('cancels a preview while the file is still being read', async () => {
    t = tempWorkspace();
    const ctx = shell(t);
    const base64 = syntheticWorkbook(20_000, 60_000).toString('base64');
    const reading = dispatch(ctx, 'import:preview', {
      files: [{ name: 'big.xlsx', base64 }],
      requestId: 'req-1',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(
      ok<{ cancelled: boolean }>(await dispatch(ctx, 'import:cancel', { id: 'req-1' })),
    ).toEqual({ cancelled: true });
    const r = await reading;
    expect(r.ok ? 'ok' : r.error.code).toBe('CANCELLED');
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 0 });
  });

  it('rejects a body that is not base64 before any service runs', async () => {
    t = tempWorkspace();
    const r = await dispatch(shell(t), 'import:preview', {
      files: [{ name: 'x.csv', base64: '<script>' }],
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT');
  });
});
