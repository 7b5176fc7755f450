// `import:progress` through dispatch(), as the wizard polls it: the latest step of a preview that
// is still reading (held at its second file by a parser whose reply the test releases), of a
// commit while its backup runs, and null once either has finished.
import { afterEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../../../../electron/core/api/dispatch.js';
import {
  unsupportedInBrowser,
  type ShellContext,
} from '../../../../../electron/core/api/shell-context.js';
import {
  inProcessTransport,
  type ParseTransport,
} from '../../../../../electron/core/import/parse-transport.js';
import type { Result } from '../../../../../shared/ipc/result.js';
import { fixture, tempWorkspace, type TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed view of a result
const ok = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

/** The real reader, except that the reply for `held` waits until the test calls release(). */
function heldTransport(held: string): { transport: ParseTransport; release: () => void } {
  const real = inProcessTransport();
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    transport: {
      parse: async (req, signal) => {
        if (req.name === held) await gate;
        return real.parse(req, signal);
      },
    },
    release: () => {
      release();
    },
  };
}

const shell = (tw: TempWorkspace, transport: ParseTransport): ShellContext => ({
  shell: 'browser',
  current: () => tw.ws,
  recent: () => [],
  openWorkspace: () => Promise.resolve(unsupportedInBrowser()),
  createWorkspace: () => Promise.resolve(unsupportedInBrowser()),
  parseTransport: transport,
});

const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');

describe('import:progress', () => {
  it('answers the latest step of a running preview and commit, then null', async () => {
    t = tempWorkspace();
    const held = heldTransport('第二批.csv');
    const ctx = shell(t, held.transport);
    const progress = async (requestId: string) =>
      ok<unknown>(await dispatch(ctx, 'import:progress', { requestId }, { validateOutput: true }));

    expect(await progress('req-preview')).toBeNull();
    const preview = dispatch(ctx, 'import:preview', {
      files: [
        { name: 'register.ods', base64: fixture('register.ods').bytes.toString('base64') },
        {
          name: '第二批.csv',
          base64: csv('企业名称,所属园区\n进度测试企业有限公司,智能终端产业园\n'),
        },
      ],
      requestId: 'req-preview',
    });
    // The first file is read; the second waits for its parser's reply.
    let seen: unknown = null;
    for (let i = 0; i < 100 && (seen as { fileIndex?: number } | null)?.fileIndex !== 2; i++) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await progress('req-preview');
    }
    expect(seen).toEqual({
      phase: 'reading',
      file: '第二批.csv',
      fileIndex: 2,
      fileCount: 2,
      done: 1,
      total: 2,
    });
    // Another request's id sees nothing of it.
    expect(await progress('someone-else')).toBeNull();
    held.release();
    const p = ok<{ id: string; preview: { counts: { enterprises: { new: number } } } }>(
      await preview,
    );
    expect(p.preview.counts.enterprises.new).toBe(5);
    expect(await progress('req-preview')).toBeNull();

    // The commit backs up first (asynchronously), so a poll is answered while it does.
    const commit = dispatch(ctx, 'import:commit', { id: p.id, requestId: 'req-commit' });
    expect(await progress('req-commit')).toEqual({ phase: 'backup' });
    expect(ok<{ runId: number }>(await commit).runId).toBeGreaterThan(0);
    expect(await progress('req-commit')).toBeNull();
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 5 });
  });
});
