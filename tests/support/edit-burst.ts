// A burst of hand edits in its own process, for the crash test: opens the workspace, then adds one
// firm per edit through editWorkspace and prints "saved N" after each edit has returned (committed),
// until it is killed. Run with tsx: `tsx tests/support/edit-burst.ts FILE`.
import { editWorkspace } from '../../electron/core/services/edit.js';
import { openWorkspace } from '../../electron/core/services/workspace.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: edit-burst.ts FILE');
const ws = openWorkspace(file);
const insert = ws.db.prepare(
  `INSERT INTO enterprise (name, is_local, main_products) VALUES (?, 1, ?)`,
);
// Rows large enough that each commit writes several pages, so a kill can land mid-write.
const filler = '产品'.repeat(2000);
for (let n = 1; ; n++) {
  await editWorkspace(ws, { zh: `新建企业${String(n)}`, en: `Create firm ${String(n)}` }, () =>
    insert.run(`连发测试企业${String(n)}`, filler),
  );
  process.stdout.write(`saved ${String(n)}\n`);
}
