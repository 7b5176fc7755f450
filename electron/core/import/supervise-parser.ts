// Runs one parse in a separate process and supervises it: a wall-clock kill, cancel through an
// AbortSignal, and a crash or out-of-memory exit turned into a clear refusal. The process itself
// comes from a launcher, so Node's child_process and Electron's utilityProcess share this logic.
import type { WorkbookData } from '../../../shared/spreadsheet/types.js';
import { FileRejectedError, reject, type RejectCode } from './file-rejected.js';
import type { WorkerReply, WorkerRequest } from './parse-worker.js';
import type { ReadRequest } from './read-spreadsheet.js';

/** The little a supervisor needs from a process it started. */
export type ParserProcess = {
  send(req: WorkerRequest): void;
  onMessage(fn: (reply: WorkerReply) => void): void;
  onExit(fn: (code: number | null, signal: string | null) => void): void;
  onError(fn: (e: Error) => void): void;
  /** Recent stderr text, where the launcher captures it (to tell an out-of-memory death). */
  stderr(): string;
  kill(): void;
  isRunning(): boolean;
};

export type ParserLauncher = () => ParserProcess;

const cancelled = () => reject('CANCELLED', '已取消', 'cancelled');

export function superviseParse(
  launch: ParserLauncher,
  req: ReadRequest,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<WorkbookData> {
  return new Promise((resolve, fail) => {
    if (signal?.aborted) {
      fail(cancelled());
      return;
    }
    const child = launch();
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.isRunning()) child.kill();
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
    child.onMessage((reply) => {
      // A child started ahead of time may still report its warm-up; the file's answer follows.
      if ('ready' in reply) return;
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else
          fail(new FileRejectedError(reply.code as RejectCode, reply.messageZh, reply.messageEn));
      });
    });
    child.onError((e) => {
      finish(() => {
        fail(e);
      });
    });
    child.onExit((code, sig) => {
      const oom = /heap out of memory|Allocation failed/i.test(child.stderr());
      const how = sig ?? String(code);
      finish(() => {
        fail(
          reject(
            'PARSER_CRASHED',
            oom ? '文件过大：读取时超出内存上限，已停止' : `读取文件的进程意外退出（${how}）`,
            oom
              ? 'the file is too large: reading it exceeded the memory cap and was stopped'
              : `the parser process exited unexpectedly (${how})`,
          ),
        );
      });
    });
    signal?.addEventListener('abort', () => {
      finish(() => {
        fail(cancelled());
      });
    });
    child.send(req);
  });
}
