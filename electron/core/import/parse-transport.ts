// How the import service gets a file parsed outside its own process. One small interface so the
// desktop shell can swap the forked child for an Electron utilityProcess; tests may run in-process.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { WorkbookData } from '../../../shared/spreadsheet/types.js';
import { LIMITS, type Limits } from './limits.js';
import type { WorkerReply } from './parse-worker.js';
import { readSpreadsheet, type ReadRequest } from './read-spreadsheet.js';
import { spareParsers } from './spare-parser.js';
import { superviseParse, type ParserProcess } from './supervise-parser.js';
import { workerBundle } from './worker-bundle.js';

/** `signal`: aborting it stops the parse (the child is killed) with a CANCELLED refusal. */
export type ParseTransport = {
  parse(req: ReadRequest, signal?: AbortSignal): Promise<WorkbookData>;
  /** Starts a reader process ahead of time (see spare-parser.ts); resolves when it is warm. */
  warm?: () => Promise<void>;
  /** Stops a reader process started ahead of time. */
  dispose?: () => void;
};

export type ChildOptions = {
  heapMb?: number;
  timeoutMs?: number;
  /** The worker entry; a .ts file is run through tsx (source checkouts, CLI, tests). */
  workerFile?: string;
  limits?: Partial<Limits>;
  /** How long a reader started ahead (warm()) waits for a file before it is stopped. */
  spareIdleMs?: number;
};

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The Electron build ships parse-worker.cjs beside main; a source checkout uses an esbuild bundle of
 * the .ts entry (see worker-bundle.ts), or the .ts itself through tsx when esbuild is absent.
 */
function defaultWorker(): string {
  const override = process.env['CHAINATLAS_PARSE_WORKER'];
  if (override) return override;
  const bundled = join(here, 'parse-worker.cjs');
  if (existsSync(bundled)) return bundled;
  const entry = join(here, 'parse-worker.ts');
  return workerBundle(entry, join(here, '..', '..', '..')) ?? entry;
}

/** A fresh Node child per file (CLI, browser mode), with --max-old-space-size and a wall-clock kill. */
export function childProcessTransport(options: ChildOptions = {}): ParseTransport {
  const heapMb = options.heapMb ?? LIMITS.parserHeapMb;
  const timeoutMs = options.timeoutMs ?? LIMITS.parserTimeoutMs;
  const workerFile = options.workerFile ?? defaultWorker();
  const execArgv = [`--max-old-space-size=${heapMb}`];
  if (workerFile.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    execArgv.push('--import', tsx);
  }
  const launch = (): ParserProcess => {
    const child = fork(workerFile, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    return {
      send: (req) => child.send(req),
      onMessage: (fn) =>
        child.on('message', (m) => {
          fn(m as WorkerReply);
        }),
      onExit: (fn) => child.on('exit', fn),
      onError: (fn) => child.on('error', fn),
      stderr: () => stderr,
      kill: () => child.kill('SIGKILL'),
      isRunning: () => child.exitCode === null && child.signalCode === null,
    };
  };
  const spare = spareParsers(launch, options.spareIdleMs);
  return {
    parse: (req, signal) =>
      superviseParse(
        spare.launch,
        { ...req, limits: { ...options.limits, ...req.limits } },
        timeoutMs,
        signal,
      ),
    warm: spare.warm,
    dispose: spare.dispose,
  };
}

let shared: ParseTransport | undefined;

/** The forked-child transport of this process (CLI, browser mode), so a spare started for the
 *  import page is the one the next preview takes. */
export const defaultTransport = (): ParseTransport => (shared ??= childProcessTransport());

/** Parses in this process: for tests of the rules above the reader, never for untrusted input in an app. */
export const inProcessTransport = (limits?: Partial<Limits>): ParseTransport => ({
  parse: (req) => readSpreadsheet({ ...req, limits: { ...limits, ...req.limits } }),
});
