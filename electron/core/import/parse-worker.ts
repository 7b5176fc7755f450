// Entry of the parser child process: reads one file per message and sends back plain sheets.
// A hostile file can at worst exhaust this process's capped heap or its timer; the parent survives.
// A child started ahead of time is first asked to warm up (warm-up.ts) and says when it is ready.
import { FileRejectedError } from './file-rejected.js';
import { readSpreadsheet, type ReadRequest } from './read-spreadsheet.js';
import { warmUp } from './warm-up.js';

export type WorkerRequest = ReadRequest | { warm: true };

export type WorkerReply =
  | { ok: true; value: Awaited<ReturnType<typeof readSpreadsheet>> }
  | { ok: false; code: string; messageZh: string; messageEn: string }
  /** Answer to a warm-up request: the reader code is loaded and compiled. */
  | { ready: true };

/** Electron's utilityProcess talks through process.parentPort; a forked Node child through process.send. */
type ParentPort = {
  on(event: 'message', fn: (e: { data: WorkerRequest }) => void): void;
  postMessage(message: WorkerReply): void;
};
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const reply = (message: WorkerReply): void => {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
};

// One request at a time (the parent only sends a file once the warm-up has said it is ready).
let queue: Promise<void> = Promise.resolve();
const enqueue = (req: WorkerRequest): void => {
  queue = queue.then(() => handle(req));
};

if (parentPort)
  parentPort.on('message', (e) => {
    enqueue(e.data);
  });
else {
  process.on('message', enqueue);
  // A spare child waits idle for a file; it must not outlive the app that started it.
  process.on('disconnect', () => process.exit(0));
}

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
let startedAhead = false;

async function handle(req: WorkerRequest): Promise<void> {
  if ('warm' in req) {
    // A failed warm-up only costs speed: the real file is still read the same way.
    await warmUp().catch(() => undefined);
    startedAhead = true;
    reply({ ready: true });
    return;
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    const value = await readSpreadsheet({ ...req, bytes: new Uint8Array(req.bytes) });
    // cpuMs is this file's read; processCpuMs also counts the process's start, the loading of the
    // reader code and any warm-up: a child started for this file makes the user wait for all of it.
    const readerStats = {
      peakRssKb: process.resourceUsage().maxRSS,
      ms: Math.round(performance.now() - t0),
      cpuMs: Math.round(cpuMs(process.cpuUsage(cpu0))),
      processCpuMs: Math.round(cpuMs(process.cpuUsage())),
      startedAhead,
    };
    reply({ ok: true, value: { ...value, readerStats } });
  } catch (e) {
    // Anything but a refusal is the parser tripping over the file's content: say the file is
    // damaged; SheetJS's internal message would tell a user nothing.
    reply(
      e instanceof FileRejectedError
        ? { ok: false, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn }
        : {
            ok: false,
            code: 'CORRUPT',
            messageZh: '文件已损坏或格式错误，无法读取',
            messageEn: 'the file is damaged or not a valid spreadsheet',
          },
    );
  }
}
