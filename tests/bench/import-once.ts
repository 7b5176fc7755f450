// One end-to-end import in a fresh process (so its peak memory is its own): prepare (parser child)
// + commit into the given workspace. Prints JSON with wall and CPU time per step. Used by import.ts.
// `warm`: as in the app, the reader process was started when the import page opened (and has
// finished warming up) before the user chose the file; timing starts at the choice. `cold`: a
// fresh reader process for the file, as the command line does, its start included.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import {
  commitImport,
  prepareImport,
  prepareReader,
} from '../../electron/core/import/import-service.js';
import { searchKeysSettled } from '../../electron/core/db/search-keys.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';

const [db, file, mode] = process.argv.slice(2);
if (!db || !file || (mode !== 'warm' && mode !== 'cold'))
  throw new Error('usage: import-once.ts DB FILE warm|cold');
const ws = openWorkspace(db);
// The import page opens: the reader starts and warms up; the user then picks the file.
if (mode === 'warm') await prepareReader();
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
// The new firms' search keys, written in one batch right after the import has answered.
await searchKeysSettled(ws.db);
mark();
closeWorkspace(ws);
const [start, read, planned, written, keyed] = marks;
if (!start || !read || !planned || !written || !keyed) throw new Error('progress marks missing');
const reader = prepared.workbooks[0]?.readerStats;
// The warm figures are only honest if the file really went to the process started ahead.
if (mode === 'warm' && reader?.startedAhead !== true)
  throw new Error('the reader started ahead was not used');
if (mode === 'cold' && reader?.startedAhead !== false)
  throw new Error('the cold import did not start its own reader');
const span = (a: { ms: number; cpu: number }, b: { ms: number; cpu: number }) => ({
  ms: Math.round(b.ms - a.ms),
  cpuMs: Math.round(b.cpu - a.cpu),
});
// Warm: what the reader spent on this file; its start and warm-up happened before the choice.
// Cold: the whole process, its start included, since the user waits for it.
const fileCpu = reader?.cpuMs ?? 0;
const readerCpu = mode === 'warm' ? fileCpu : (reader?.processCpuMs ?? fileCpu);
process.stdout.write(
  JSON.stringify({
    ms: Math.round(written.ms - start.ms),
    /** Until the rows are in this process: reader start, parse and transport (main's CPU here is the fork and the message). */
    read: span(start, read),
    /** Sheet recognition, row checks and planning against the workspace, in this process. */
    plan: span(read, planned),
    /** Backup, the one write transaction and the import_run record. */
    commit: span(planned, written),
    /** After the answer: the batch of new firms' search keys (not in `ms`). */
    keys: span(written, keyed),
    counts: result.preview.counts,
    errors: result.preview.errors,
    warnings: result.preview.warnings,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    readerPeakRssMb: reader ? Math.round(reader.peakRssKb / 1024) : null,
    readerMs: reader?.ms ?? null,
    readerParseCpuMs: reader?.cpuMs ?? null,
    readerCpuMs: reader ? Math.round(readerCpu) : null,
    /** Warm: the reader's CPU before the file was chosen (start, loading, warm-up). */
    readerAheadCpuMs:
      mode === 'warm' && reader?.processCpuMs !== undefined
        ? Math.round(reader.processCpuMs - fileCpu)
        : null,
    /** CPU time of this process during the import and the reader's as above. */
    cpuMs: Math.round(written.cpu - start.cpu + readerCpu),
  }),
);
