// `npm run bench`: every performance target of the issues, measured in one run on this machine,
// printed with the data sizes used and the ratio to each target (ratios, not absolute promises).
import { cpus, loadavg } from 'node:os';

import { benchAnalysis } from './analysis.js';
import { benchImport } from './import.js';
import { benchMapsExport } from './maps-export.js';
import { benchMapsScreen } from './maps-screen.js';
import { benchNetworkScreen } from './network-screen.js';
import { benchQueries } from './queries.js';
import type { BenchRow } from './types.js';

const suites: [string, () => Promise<BenchRow[]>][] = [
  ['import', benchImport],
  ['analysis', benchAnalysis],
  ['queries', benchQueries],
  ['maps-screen', benchMapsScreen],
  ['maps-export', benchMapsExport],
  ['network', benchNetworkScreen],
];

function print(rows: BenchRow[]): void {
  for (const r of rows) {
    const ms = Number.isNaN(r.ms) ? '-' : r.ms.toFixed(1);
    console.log(
      `  ${r.name.padEnd(50)} ${r.size.padEnd(30)} ${ms.padStart(9)} ms  ${r.note ?? ''}`,
    );
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  console.log(
    `ChainAtlas bench — node ${process.version}, ${String(cpus().length)} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const [name, run] of suites) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`\n${name}`);
    print(await run());
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
