// The bare SheetJS parse of one file in a fresh process, as the import's reader child does it (the
// same parseWorkbook call and options, cold JIT), timed around the parse only. Prints JSON. The
// same file parsed again in the same process is reported too (warm), for comparison only.
import { readFileSync } from 'node:fs';

import { LIMITS } from '../../electron/core/import/limits.js';
import { parseWorkbook } from '../../electron/core/import/parse-workbook.js';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: parse-once.ts FILE');
const bytes = readFileSync(file);
const timed = () => {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const sheets = parseWorkbook(bytes, { ...LIMITS });
  const cpu = process.cpuUsage(cpu0);
  return {
    ms: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rows: sheets.reduce((n, s) => n + s.rows.length, 0),
  };
};
const cold = timed();
const again = timed();
process.stdout.write(JSON.stringify({ ...cold, warmMs: again.ms, warmCpuMs: again.cpuMs }));
