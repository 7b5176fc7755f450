// Entry of the parser child process: reads one file per message and sends back plain sheets.
// A hostile file can at worst exhaust this process's capped heap or its timer; the parent survives.
import { FileRejectedError } from './file-rejected.js';
import { readSpreadsheet, type ReadRequest } from './read-spreadsheet.js';

export type WorkerReply =
  | { ok: true; value: Awaited<ReturnType<typeof readSpreadsheet>> }
  | { ok: false; code: string; messageZh: string; messageEn: string };

/** Electron's utilityProcess talks through process.parentPort; a forked Node child through process.send. */
type ParentPort = {
  on(event: 'message', fn: (e: { data: ReadRequest }) => void): void;
  postMessage(message: WorkerReply): void;
};
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const reply = (message: WorkerReply): void => {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
};

if (parentPort)
  parentPort.on('message', (e) => {
    handle(e.data);
  });
else process.on('message', handle);

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

function handle(req: ReadRequest): void {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  readSpreadsheet({ ...req, bytes: new Uint8Array(req.bytes) }).then(
    (value) => {
      // processCpuMs also counts this process's start and the loading of the reader code: the
      // user waits for those too (one fresh process per file), so the benchmark counts them.
      const readerStats = {
        peakRssKb: process.resourceUsage().maxRSS,
        ms: Math.round(performance.now() - t0),
        cpuMs: Math.round(cpuMs(process.cpuUsage(cpu0))),
        processCpuMs: Math.round(cpuMs(process.cpuUsage())),
      };
      reply({ ok: true, value: { ...value, readerStats } });
    },
    (e: unknown) => {
      // Anything but a refusal is the parser tripping over the file's content: say the file is
      // damaged; SheetJS's internal message would tell a user nothing.
      const failure: WorkerReply =
        e instanceof FileRejectedError
          ? { ok: false, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn }
          : {
              ok: false,
              code: 'CORRUPT',
              messageZh: '文件已损坏或格式错误，无法读取',
              messageEn: 'the file is damaged or not a valid spreadsheet',
            };
      reply(failure);
    },
  );
}
