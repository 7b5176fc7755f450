// One end-to-end import in a fresh process (so its peak memory is its own): prepare (parser child)
// + commit into the given workspace. Prints JSON. Used by tests/bench/import.ts.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { commitImport, prepareImport } from '../../electron/core/import/import-service.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';

const [db, file] = process.argv.slice(2);
if (!db || !file) throw new Error('usage: import-once.ts DB FILE');
const ws = openWorkspace(db);
const bytes = readFileSync(file);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const prepared = await prepareImport(ws, [{ name: basename(file), bytes }]);
const tParsed = performance.now();
const result = await commitImport(ws, prepared, { acceptWarnings: true });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
closeWorkspace(ws);
const reader = prepared.workbooks[0]?.readerStats;
process.stdout.write(
  JSON.stringify({
    ms: Math.round(ms),
    prepareMs: Math.round(tParsed - t0),
    commitMs: Math.round(ms - (tParsed - t0)),
    counts: result.preview.counts,
    errors: result.preview.errors,
    warnings: result.preview.warnings,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    readerPeakRssMb: reader ? Math.round(reader.peakRssKb / 1024) : null,
    readerMs: reader?.ms ?? null,
    /** CPU time of this process and of the reader child: steadier than wall time on a busy machine. */
    cpuMs: Math.round((cpu.user + cpu.system) / 1000 + (reader?.cpuMs ?? 0)),
  }),
);
