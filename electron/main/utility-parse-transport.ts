// Spreadsheet parsing for the desktop app in an Electron utilityProcess: the packaged app's
// RunAsNode fuse is off, so the CLI's forked-Node child is not available here. The supervision
// (timeout, cancel, crash and out-of-memory messages) is the core's, shared with that child.
import type { UtilityProcess } from 'electron';

import { LIMITS } from '../core/import/limits.js';
import type { ParseTransport } from '../core/import/parse-transport.js';
import type { WorkerReply } from '../core/import/parse-worker.js';
import { spareParsers } from '../core/import/spare-parser.js';
import { superviseParse, type ParserProcess } from '../core/import/supervise-parser.js';

type Fork = (
  modulePath: string,
  args: string[],
  options: { execArgv: string[]; stdio: 'pipe'; serviceName: string },
) => UtilityProcess;

/** `fork` is Electron's utilityProcess.fork, passed in so tests can use a fake. */
export function utilityParseTransport(
  fork: Fork,
  workerFile: string,
  heapMb = LIMITS.parserHeapMb,
  timeoutMs = LIMITS.parserTimeoutMs,
): ParseTransport {
  const launch = (): ParserProcess => {
    const child = fork(workerFile, [], {
      execArgv: [`--max-old-space-size=${String(heapMb)}`],
      stdio: 'pipe',
      serviceName: 'ChainAtlas spreadsheet reader',
    });
    let stderr = '';
    let running = true;
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    child.on('exit', () => {
      running = false;
    });
    return {
      send: (req) => {
        child.postMessage(req);
      },
      onMessage: (fn) =>
        child.on('message', (m: WorkerReply) => {
          fn(m);
        }),
      onExit: (fn) =>
        child.on('exit', (code) => {
          fn(code, null);
        }),
      onError: (fn) =>
        child.on('error', (type: string) => {
          fn(new Error(type));
        }),
      stderr: () => stderr,
      kill: () => {
        child.kill();
      },
      isRunning: () => running,
    };
  };
  // A process started ahead when the import page opens (import:ready), one file per process.
  const spare = spareParsers(launch);
  return {
    parse: (req, signal) => superviseParse(spare.launch, req, timeoutMs, signal),
    warm: spare.warm,
    dispose: spare.dispose,
  };
}
