// Import benchmark: Willems chain 38 (2,025 firms / 16,225 links) as an enterprises + links workbook,
// and a synthetic 20,000-firm / 100,000-link workbook, each imported end to end in a fresh process
// (parser child + plan + one-transaction commit + backup), against the bare SheetJS parse of the
// same bytes in this process. Targets: < 3 s and < 15 s end to end; peak memory < 1 GiB.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { LIMITS } from '../../electron/core/import/limits.js';
import { parseWorkbook } from '../../electron/core/import/parse-workbook.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';
import { syntheticWorkbook, willemsSheets, willemsWorkbook } from '../support/import-workbooks.js';
import { loadWillemsChain, SHARED_DIR } from '../support/willems.js';
import type { BenchRow } from './types.js';

type Once = {
  ms: number;
  prepareMs: number;
  commitMs: number;
  errors: number;
  peakRssMb: number;
  readerPeakRssMb: number | null;
  readerMs: number | null;
  cpuMs: number;
};

async function importOnce(dir: string, name: string, bytes: Buffer): Promise<Once> {
  const file = join(dir, `${name}.xlsx`);
  const db = join(dir, `${name}.sqlite`);
  writeFileSync(file, bytes);
  closeWorkspace(openWorkspace(db));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const { stdout: out } = await promisify(execFile)(
    process.execPath,
    ['--import', tsx, join(import.meta.dirname, 'import-once.ts'), db, file],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return JSON.parse(out) as Once;
}

/** The bare SheetJS parse of the same bytes in this process: wall and CPU time. */
function bareParse(bytes: Buffer): { ms: number; cpuMs: number } {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  parseWorkbook(bytes, { ...LIMITS });
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function rows(name: string, size: string, bytes: Buffer, once: Once, targetMs: number): BenchRow[] {
  const { ms: bare, cpuMs: bareCpu } = bareParse(bytes);
  const cpuRatio = once.cpuMs / bareCpu;
  const peak = once.peakRssMb + (once.readerPeakRssMb ?? 0);
  return [
    {
      name: `${name}: bare parse (SheetJS, in-process)`,
      size,
      ms: Math.round(bare),
      note: `CPU ${Math.round(bareCpu)} ms`,
    },
    {
      name: `${name}: import end to end`,
      size,
      ms: once.ms,
      note: `${once.ms < targetMs ? 'OK' : 'OVER'} target ${targetMs / 1000} s; ratio to bare parse ${(once.ms / bare).toFixed(1)}× (${once.ms / bare <= 1.5 ? 'OK' : 'OVER'} 1.5×); CPU ${once.cpuMs} ms, ${cpuRatio.toFixed(1)}× the bare parse's CPU; read+check+plan ${once.prepareMs} ms (parse in reader child ${once.readerMs ?? '?'} ms), backup+write ${once.commitMs} ms; peak RSS main ${once.peakRssMb} MB + reader ${once.readerPeakRssMb ?? '?'} MB = ${peak} MB (${peak < 1024 ? 'OK' : 'OVER'} 1 GiB)${once.errors ? `; ${once.errors} errors` : ''}`,
    },
  ];
}

export async function benchImport(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-import-'));
  const out: BenchRow[] = [];
  try {
    if (existsSync(join(SHARED_DIR, '38.csv'))) {
      const chain = loadWillemsChain(38, SHARED_DIR);
      const sheets = willemsSheets(chain);
      const bytes = willemsWorkbook(chain);
      out.push(
        ...rows(
          'Willems 38',
          `${sheets.firms} firms / ${sheets.links} links`,
          bytes,
          await importOnce(dir, 'willems38', bytes),
          3000,
        ),
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
    out.push(
      ...rows(
        'synthetic',
        '20,000 firms / 100,000 links',
        synthetic,
        await importOnce(dir, 'synthetic', synthetic),
        15_000,
      ),
    );
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
