// Playwright global setup: demo workspace, fresh renderer build and a running host. The URL (with
// its token) reaches the tests through the environment, which the workers inherit.
import {
  buildRenderer,
  createDemoWorkspace,
  ENV_DIR,
  ENV_PID,
  ENV_URL,
  startHost,
} from './host-process.js';
import { skipReason } from './electron-availability.js';

export default async function globalSetup(): Promise<void> {
  if (skipReason) console.log(`[electron-launch] will be SKIPPED: ${skipReason}`);
  const { dir, file } = createDemoWorkspace();
  process.env[ENV_DIR] = dir;
  const { url, pid } = await startHost(file, buildRenderer(dir));
  process.env[ENV_URL] = url;
  process.env[ENV_PID] = String(pid);
}
