// What the wizard's progress bar is fed: prepareImport tells each file as it is read (and when the
// parser process replies), then the rows checked and the records planned; commitImport tells the
// backup, then rows written every ~2,000 from inside its one transaction, then done.
import { afterEach, describe, expect, it } from 'vitest';

import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import type { ImportProgress } from '../../../../../shared/ipc/import-contract.js';
import { fixture, tempWorkspace, type TempWorkspace } from '../../../../support/import-fixtures.js';
import { syntheticWorkbook } from '../../../../support/import-workbooks.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const FIRMS = 3_000;
const LINKS = 6_000;

/** done counts never go down within a phase. */
function expectIncreasing(events: ImportProgress[], phase: ImportProgress['phase']): number[] {
  const done = events.filter((e) => e.phase === phase).map((e) => e.done ?? -1);
  expect(done.length, phase).toBeGreaterThan(0);
  for (let i = 1; i < done.length; i++)
    expect(done[i], `${phase} #${String(i)}`).toBeGreaterThanOrEqual(done[i - 1] ?? 0);
  return done;
}

describe('import progress', () => {
  it('reports reading per file, checking and planning, then backup, writing and done', async () => {
    t = tempWorkspace();
    const files = [
      { name: '合成名录.xlsx', bytes: syntheticWorkbook(FIRMS, LINKS) },
      fixture('register.ods'),
    ];
    const seen: ImportProgress[] = [];
    // The real parser child: "replied" means the separate process answered.
    const prepared = await prepareImport(t.ws, files, { onProgress: (p) => seen.push(p) });
    expect(prepared.preview.errors).toBe(0);

    expect(seen.filter((p) => p.phase === 'reading')).toEqual([
      { phase: 'reading', file: '合成名录.xlsx', fileIndex: 1, fileCount: 2, done: 0, total: 2 },
      { phase: 'reading', file: '合成名录.xlsx', fileIndex: 1, fileCount: 2, done: 1, total: 2 },
      { phase: 'reading', file: 'register.ods', fileIndex: 2, fileCount: 2, done: 1, total: 2 },
      { phase: 'reading', file: 'register.ods', fileIndex: 2, fileCount: 2, done: 2, total: 2 },
    ]);
    // Phases arrive in pipeline order, each once started never revisited.
    const order = [...new Set(seen.map((p) => p.phase))];
    expect(order).toEqual(['reading', 'checking', 'planning']);
    const rows = seen.find((p) => p.phase === 'checking')?.total ?? 0;
    // Every data row of both files (plus their header rows) is counted.
    expect(rows).toBeGreaterThan(FIRMS + LINKS);
    expect(expectIncreasing(seen, 'checking').at(-1)).toBe(rows);
    const planned = seen.find((p) => p.phase === 'planning')?.total ?? 0;
    // Every record the preview then counts (rows rejected while reading never reach planning).
    const counted = Object.values(prepared.preview.counts).reduce(
      (sum, c) => sum + c.new + c.updated + c.unchanged,
      0,
    );
    expect(planned).toBe(counted);
    expect(planned).toBeGreaterThan(FIRMS + LINKS);
    expect(expectIncreasing(seen, 'planning').at(-1)).toBe(planned);

    const writes: ImportProgress[] = [];
    const firmsAt = new Map<number, number>();
    const result = await commitImport(t.ws, prepared, {
      acceptWarnings: true,
      onProgress: (p) => {
        writes.push(p);
        // What this connection sees at that moment: the open transaction's rows.
        const n = t?.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get() as { n: number };
        if (p.phase === 'writing') firmsAt.set(p.done ?? -1, n.n);
      },
    });
    expect(result.backupFile).not.toBeNull();
    expect(writes[0]).toEqual({ phase: 'backup' });
    expect(writes.at(-1)?.phase).toBe('done');
    expect([...new Set(writes.map((p) => p.phase))]).toEqual(['backup', 'writing', 'done']);
    const done = expectIncreasing(writes, 'writing');
    const total = writes.find((p) => p.phase === 'writing')?.total ?? 0;
    expect(total).toBeGreaterThan(FIRMS + LINKS);
    // 0 before the transaction, then every 2,000 rows, then the last row.
    expect(done[0]).toBe(0);
    expect(done.slice(1, 4)).toEqual([2000, 4000, 6000]);
    expect(done.at(-1)).toBe(total);
    expect(writes.at(-1)).toEqual({ phase: 'done', done: total, total });
    // Reported from inside the transaction: rows were already there (uncommitted) at 4,000.
    expect(firmsAt.get(0)).toBe(0);
    expect(firmsAt.get(4000)).toBeGreaterThan(0);
    const n = t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get() as { n: number };
    expect(n.n).toBe(FIRMS + 4);
  }, 120_000);

  it('a listener that throws neither aborts nor rolls back the commit', async () => {
    t = tempWorkspace();
    const prepared = await prepareImport(t.ws, [fixture('register.ods')]);
    const result = await commitImport(t.ws, prepared, {
      backup: false,
      onProgress: () => {
        throw new Error('listener broke');
      },
    });
    expect(result.runId).toBeGreaterThan(0);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM enterprise').get()).toEqual({ n: 4 });
  }, 60_000);
});
