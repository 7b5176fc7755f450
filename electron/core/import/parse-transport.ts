// How the import service gets a file parsed outside its own process. One small interface so the
// desktop shell can swap the forked child for an Electron utilityProcess; tests may run in-process.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { WorkbookData } from '../../../shared/spreadsheet/types.js';
import { FileRejectedError, reject, type RejectCode } from './file-rejected.js';
import { LIMITS, type Limits } from './limits.js';
import type { WorkerReply } from './parse-worker.js';
import { readSpreadsheet, type ReadRequest } from './read-spreadsheet.js';

/** `signal`: aborting it stops the parse (the child is killed) with a CANCELLED refusal. */
export type ParseTransport = {
  parse(req: ReadRequest, signal?: AbortSignal): Promise<WorkbookData>;
};

export type ChildOptions = {
  heapMb?: number;
  timeoutMs?: number;
  /** The worker entry; a .ts file is run through tsx (source checkouts, CLI, tests). */
  workerFile?: string;
  limits?: Partial<Limits>;
};

const here = dirname(fileURLToPath(import.meta.url));

/** Source checkouts run the .ts entry through tsx; the Electron build ships parse-worker.cjs beside main. */
function defaultWorker(): string {
  const override = process.env['CHAINATLAS_PARSE_WORKER'];
  if (override) return override;
  const bundled = join(here, 'parse-worker.cjs');
  return existsSync(bundled) ? bundled : join(here, 'parse-worker.ts');
}

const cancelled = () => reject('CANCELLED', '已取消', 'cancelled');

/** A fresh child per file, with --max-old-space-size and a wall-clock kill. */
export function childProcessTransport(options: ChildOptions = {}): ParseTransport {
  const heapMb = options.heapMb ?? LIMITS.parserHeapMb;
  const timeoutMs = options.timeoutMs ?? LIMITS.parserTimeoutMs;
  const workerFile = options.workerFile ?? defaultWorker();
  const execArgv = [`--max-old-space-size=${heapMb}`];
  if (workerFile.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    execArgv.push('--import', tsx);
  }
  return {
    parse(req, signal) {
      return new Promise((resolve, fail) => {
        if (signal?.aborted) {
          fail(cancelled());
          return;
        }
        const child = fork(workerFile, [], {
          execArgv,
          serialization: 'advanced',
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        });
        let settled = false;
        let stderr = '';
        child.stderr?.on('data', (d: Buffer) => {
          if (stderr.length < 4000) stderr += d.toString();
        });
        const finish = (fn: () => void): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (child.exitCode === null) child.kill('SIGKILL');
          fn();
        };
        const timer = setTimeout(() => {
          finish(() => {
            fail(
              reject(
                'PARSER_TIMEOUT',
                `读取文件超时（超过 ${timeoutMs / 1000} 秒），文件可能过大或格式异常`,
                `reading the file took longer than ${timeoutMs / 1000} s; it may be too large or malformed`,
              ),
            );
          });
        }, timeoutMs);
        child.on('message', (reply: WorkerReply) => {
          finish(() => {
            if (reply.ok) resolve(reply.value);
            else
              fail(
                new FileRejectedError(reply.code as RejectCode, reply.messageZh, reply.messageEn),
              );
          });
        });
        child.on('error', (e) => {
          finish(() => {
            fail(e);
          });
        });
        child.on('exit', (code, signal) => {
          const oom = /heap out of memory|Allocation failed/i.test(stderr);
          finish(() => {
            fail(
              reject(
                'PARSER_CRASHED',
                oom
                  ? '文件过大：读取时超出内存上限，已停止'
                  : `读取文件的进程意外退出（${signal ?? String(code)}）`,
                oom
                  ? 'the file is too large: reading it exceeded the memory cap and was stopped'
                  : `the parser process exited unexpectedly (${signal ?? String(code)})`,
              ),
            );
          });
        });
        signal?.addEventListener('abort', () => {
          finish(() => {
            fail(cancelled());
          });
        });
        child.send({ ...req, limits: { ...options.limits, ...req.limits } });
      });
    },
  };
}

/** Parses in this process: for tests of the rules above the reader, never for untrusted input in an app. */
export const inProcessTransport = (limits?: Partial<Limits>): ParseTransport => ({
  parse: (req) => readSpreadsheet({ ...req, limits: { ...limits, ...req.limits } }),
});
