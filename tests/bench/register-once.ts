// The register's first page in a fresh process, as after the app starts: the core's modules are
// loaded (the api handlers import every service), the workspace opened (timed: it warms pinyin),
// then the first page with the filter values timed (wall and CPU). Prints JSON for queries.ts.
import '../../electron/core/api/handlers.js';
import { enterpriseList } from '../../electron/core/services/enterprise-register.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: register-once.ts WORKSPACE');
const open0 = process.cpuUsage();
const tOpen = performance.now();
const ws = openWorkspace(file);
const openMs = performance.now() - tOpen;
const openCpu = process.cpuUsage(open0);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const bytes = JSON.stringify(enterpriseList(ws, { limit: 100, facets: true })).length;
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
closeWorkspace(ws);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes,
    openMs,
    openCpuMs: (openCpu.user + openCpu.system) / 1000,
  }),
);
