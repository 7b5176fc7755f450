// Import benchmark: Willems chain 38 (2,025 firms / 16,225 links) as an enterprises + links workbook,
// and a synthetic 20,000-firm / 100,000-link workbook, each imported end to end in a fresh process
// (parser child + plan + one-transaction commit + backup), against the bare SheetJS parse of the
// same bytes in another fresh process (same parseWorkbook call and options, cold JIT).
// As in the app, the reader process is started when the import page opens and times start when the
// user chooses the file ("reader started ahead"); chain 38 is also imported with a reader started
// for the file (the command line's way), its start included.
// The new firms' search keys are written in a batch after the import has answered; their time is
// shown beside the steps, not counted in the import's.
// Targets: < 3 s and < 15 s end to end, at most 1.5x the bare parse; peak memory < 1 GiB.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';
import { syntheticWorkbook, willemsSheets, willemsWorkbook } from '../support/import-workbooks.js';
import { loadWillemsChain, SHARED_DIR } from '../support/willems.js';
import type { BenchRow } from './types.js';

type Span = { ms: number; cpuMs: number };
type Once = {
  ms: number;
  read: Span;
  plan: Span;
  commit: Span;
  keys: Span;
  errors: number;
  peakRssMb: number;
  readerPeakRssMb: number | null;
  readerMs: number | null;
  readerParseCpuMs: number | null;
  readerCpuMs: number | null;
  readerAheadCpuMs: number | null;
  cpuMs: number;
};
type Bare = { ms: number; cpuMs: number; rows: number; warmMs: number; warmCpuMs: number };
type Measured = { warm: Once; bare: Bare; again: Once | null; cold: Once | null };

/** Runs one bench script in a fresh Node process (through tsx) and reads the JSON it prints. */
async function fresh<T>(script: string, args: string[]): Promise<T> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', tsx, join(import.meta.dirname, script), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return JSON.parse(stdout) as T;
}

/** The import into an empty workspace, the bare parse, and on request the same file imported
 *  again and the import with a reader started for the file (into another empty workspace). */
async function measure(dir: string, name: string, bytes: Buffer, all = false): Promise<Measured> {
  const file = join(dir, `${name}.xlsx`);
  const db = join(dir, `${name}.sqlite`);
  writeFileSync(file, bytes);
  closeWorkspace(openWorkspace(db));
  const warm = await fresh<Once>('import-once.ts', [db, file, 'warm']);
  const bare = await fresh<Bare>('parse-once.ts', [file]);
  // The monthly re-import: every row matches a stored record and nothing changes.
  const again = all ? await fresh<Once>('import-once.ts', [db, file, 'warm']) : null;
  let cold: Once | null = null;
  if (all) {
    const coldDb = join(dir, `${name}-cold.sqlite`);
    closeWorkspace(openWorkspace(coldDb));
    cold = await fresh<Once>('import-once.ts', [coldDb, file, 'cold']);
  }
  return { warm, bare, again, cold };
}

const verdict = (ratio: number): string =>
  `${ratio.toFixed(2)}× (${ratio <= 1.5 ? 'OK' : 'OVER'} 1.5×)`;

function importRow(name: string, size: string, once: Once, bare: Bare, targetMs: number): BenchRow {
  const peak = once.peakRssMb + (once.readerPeakRssMb ?? 0);
  const mainCpu = once.read.cpuMs + once.plan.cpuMs + once.commit.cpuMs;
  return {
    name,
    size,
    ms: once.ms,
    note:
      `${once.ms < targetMs ? 'OK' : 'OVER'} target ${targetMs / 1000} s; ` +
      `wall ${verdict(once.ms / bare.ms)} the bare parse's wall; ` +
      `CPU ${once.cpuMs} ms = ${verdict(once.cpuMs / bare.cpuMs)} the bare parse's CPU ` +
      (once.readerAheadCpuMs === null
        ? `(reader child ${once.readerCpuMs ?? '?'} ms with its start, of which the file ${once.readerParseCpuMs ?? '?'} ms; main ${mainCpu} ms)`
        : `(reader child ${once.readerCpuMs ?? '?'} ms on the file, after ${once.readerAheadCpuMs} ms started ahead; main ${mainCpu} ms)`) +
      `; vs the bare parse warm: wall ${(once.ms / bare.warmMs).toFixed(2)}×, CPU ${(once.cpuMs / bare.warmCpuMs).toFixed(2)}×` +
      `; steps wall/CPU(main): rows received ${once.read.ms}/${once.read.cpuMs} ms, ` +
      `check+plan ${once.plan.ms}/${once.plan.cpuMs} ms, backup+write ${once.commit.ms}/${once.commit.cpuMs} ms; ` +
      `after the answer, new firms' search keys ${once.keys.ms}/${once.keys.cpuMs} ms; ` +
      `peak RSS main ${once.peakRssMb} MB + reader ${once.readerPeakRssMb ?? '?'} MB = ${peak} MB (${peak < 1024 ? 'OK' : 'OVER'} 1 GiB)` +
      (once.errors ? `; ${once.errors} errors` : ''),
  };
}

function rows(name: string, size: string, m: Measured, targetMs: number): BenchRow[] {
  const { warm, bare, again, cold } = m;
  return [
    {
      name: `${name}: bare parse (SheetJS)`,
      size,
      ms: bare.ms,
      note:
        `CPU ${bare.cpuMs} ms; ${bare.rows} rows; fresh process, parseWorkbook with the reader's options, timed around the parse only` +
        ` (the same file parsed again in that process, for comparison: ${bare.warmMs} ms, CPU ${bare.warmCpuMs} ms)`,
    },
    importRow(`${name}: import, reader started ahead`, size, warm, bare, targetMs),
    ...(again
      ? [importRow(`${name}: same file again (unchanged)`, size, again, bare, targetMs)]
      : []),
    ...(cold
      ? [importRow(`${name}: import, reader started for it (CLI)`, size, cold, bare, targetMs)]
      : []),
  ];
}

/** One measurement's rows, or one row saying why it failed (the other rows are still printed). */
async function guarded(name: string, size: string, run: () => Promise<BenchRow[]>) {
  try {
    return await run();
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return [{ name: `${name}: import`, size, ms: NaN, note: `FAILED: ${why ?? ''}` }];
  }
}

export async function benchImport(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-import-'));
  const out: BenchRow[] = [];
  try {
    if (existsSync(join(SHARED_DIR, '38.csv'))) {
      const chain = loadWillemsChain(38, SHARED_DIR);
      const sheets = willemsSheets(chain);
      const bytes = willemsWorkbook(chain);
      const size = `${sheets.firms} firms / ${sheets.links} links`;
      out.push(
        ...(await guarded('Willems 38', size, async () =>
          rows('Willems 38', size, await measure(dir, 'willems38', bytes, true), 3000),
        )),
      );
    } else {
      out.push({
        name: 'Willems 38 import',
        size: '-',
        ms: 0,
        note: `skipped: ${SHARED_DIR}/38.csv not present`,
      });
    }
    const synthetic = syntheticWorkbook(20_000, 100_000);
    const size = '20,000 firms / 100,000 links';
    out.push(
      ...(await guarded('synthetic', size, async () =>
        rows('synthetic', size, await measure(dir, 'synthetic', synthetic), 15_000),
      )),
    );
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
