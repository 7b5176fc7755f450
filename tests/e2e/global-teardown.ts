// Playwright global teardown: stop the host started by global setup and remove its temp workspace.
import { rmSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

import { ENV_DIR, ENV_PID, stopHost } from './host-process.js';

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env[ENV_PID]);
  if (Number.isInteger(pid) && pid > 0) {
    stopHost(pid);
    await delay(300); // let it close the SQLite file before the folder goes
  }
  const dir = process.env[ENV_DIR];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
