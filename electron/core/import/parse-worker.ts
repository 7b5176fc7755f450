// Entry of the parser child process: reads one file per message and sends back plain sheets.
// A hostile file can at worst exhaust this process's capped heap or its timer; the parent survives.
import { FileRejectedError } from './file-rejected.js';
import { readSpreadsheet, type ReadRequest } from './read-spreadsheet.js';

export type WorkerReply =
  | { ok: true; value: Awaited<ReturnType<typeof readSpreadsheet>> }
  | { ok: false; code: string; messageZh: string; messageEn: string };

process.on('message', (req: ReadRequest) => {
  const t0 = performance.now();
  readSpreadsheet({ ...req, bytes: new Uint8Array(req.bytes) }).then(
    (value) => {
      const readerStats = {
        peakRssKb: process.resourceUsage().maxRSS,
        ms: Math.round(performance.now() - t0),
      };
      process.send?.({ ok: true, value: { ...value, readerStats } } satisfies WorkerReply);
    },
    (e: unknown) => {
      const reply: WorkerReply =
        e instanceof FileRejectedError
          ? { ok: false, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn }
          : {
              ok: false,
              code: 'CORRUPT',
              messageZh: `无法读取文件：${e instanceof Error ? e.message : String(e)}`,
              messageEn: `cannot read the file: ${e instanceof Error ? e.message : String(e)}`,
            };
      process.send?.(reply);
    },
  );
});
