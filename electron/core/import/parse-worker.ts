// Entry of the parser child process: reads one file per message and sends back plain sheets.
// A hostile file can at worst exhaust this process's capped heap or its timer; the parent survives.
import { FileRejectedError } from './file-rejected.js';
import { readSpreadsheet, type ReadRequest } from './read-spreadsheet.js';

export type WorkerReply =
  | { ok: true; value: Awaited<ReturnType<typeof readSpreadsheet>> }
  | { ok: false; code: string; messageZh: string; messageEn: string };

process.on('message', (req: ReadRequest) => {
  readSpreadsheet({ ...req, bytes: new Uint8Array(req.bytes) }).then(
    (value) => process.send?.({ ok: true, value } satisfies WorkerReply),
    (e: unknown) => {
      const reply: WorkerReply =
        e instanceof FileRejectedError
          ? { ok: false, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn }
          : { ok: false, code: 'CORRUPT', messageZh: `无法读取文件：${String((e as Error).message)}`, messageEn: `cannot read the file: ${String((e as Error).message)}` };
      process.send?.(reply);
    },
  );
});
