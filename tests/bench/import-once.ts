// One end-to-end import in a fresh process (so its peak memory is its own): prepare (parser child)
// + commit into the given workspace. Prints JSON with wall and CPU time per step. Used by import.ts.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { commitImport, prepareImport } from '../../electron/core/import/import-service.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';

const [db, file] = process.argv.slice(2);
if (!db || !file) throw new Error('usage: import-once.ts DB FILE');
const ws = openWorkspace(db);
const bytes = readFileSync(file);
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// Wall and this process's CPU at each step: start, rows received from the reader, planned, written.
const marks: { ms: number; cpu: number }[] = [];
const mark = (): void => {
  marks.push({ ms: performance.now(), cpu: cpuNow() });
};
mark();
const prepared = await prepareImport(ws, [{ name: basename(file), bytes }], {
  onProgress: (p) => {
    // The first 'checking' report comes right after the last file's rows arrived.
    if (p.phase === 'checking' && p.done === 0) mark();
  },
});
mark();
const result = await commitImport(ws, prepared, { acceptWarnings: true });
mark();
closeWorkspace(ws);
const [start, read, planned, written] = marks;
if (!start || !read || !planned || !written) throw new Error('progress marks missing');
const reader = prepared.workbooks[0]?.readerStats;
const span = (a: { ms: number; cpu: number }, b: { ms: number; cpu: number }) => ({
  ms: Math.round(b.ms - a.ms),
  cpuMs: Math.round(b.cpu - a.cpu),
});
const readerCpu = reader?.processCpuMs ?? reader?.cpuMs ?? 0;
process.stdout.write(
  JSON.stringify({
    ms: Math.round(written.ms - start.ms),
    /** Until the rows are in this process: reader start, parse and transport (main's CPU here is the fork and the message). */
    read: span(start, read),
    /** Sheet recognition, row checks and planning against the workspace, in this process. */
    plan: span(read, planned),
    /** Backup, the one write transaction and the import_run record. */
    commit: span(planned, written),
    counts: result.preview.counts,
    errors: result.preview.errors,
    warnings: result.preview.warnings,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    readerPeakRssMb: reader ? Math.round(reader.peakRssKb / 1024) : null,
    readerMs: reader?.ms ?? null,
    readerParseCpuMs: reader?.cpuMs ?? null,
    readerCpuMs: reader ? Math.round(readerCpu) : null,
    /** CPU time of this process during the import and of the whole reader child (its start included). */
    cpuMs: Math.round(written.cpu - start.cpu + readerCpu),
  }),
);
