// `export --db FILE --out X.xlsx|X.csv [--what enterprises|links|chains|leads|all]`: writes the
// workspace as Excel (one sheet per entity) or CSV (UTF-8 with BOM; with --what all, one file per
// entity: X.enterprises.csv …). Each file is written to a temp name and renamed, so a failure never
// leaves a half-written file in place of the old one.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';

import { existingWorkspaceFile, parseCommandArgs, requireString, UsageError } from '../args.js';
import { EXIT, type CliIO, type Command } from '../command.js';
import {
  exportWorkspace,
  importTemplate,
  type ExportWhat,
} from '../../core/export/export-service.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';

const usage = `用法 / usage: npm run cli -- export --db FILE --out X.xlsx|X.csv [--what enterprises|links|chains|leads|all] [--json]
       npm run cli -- export --template --out 导入模板.xlsx

  --db FILE    工作区文件 / workspace file
  --out X      输出文件（.xlsx 或 .csv） / output file (.xlsx or .csv)
  --what W     导出内容，默认 all / what to export (default all)
  --template   写出导入模板（表头、示例行、填写说明） / write the import template
  --json       以 JSON 输出结果 / print the result as JSON`;

const WHAT = ['enterprises', 'links', 'chains', 'leads', 'all'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: '导出为 Excel/CSV / export to Excel or CSV',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      out: { type: 'string' },
      what: { type: 'string' },
      json: { type: 'boolean' },
      template: { type: 'boolean' },
    });
    const out = resolve(requireString(values, 'out'));
    const ext = extname(out).toLowerCase();
    if (values['template'] === true) {
      if (ext !== '.xlsx') throw new UsageError('模板只有 .xlsx 格式 / the template is .xlsx only');
      return writeAtomically(
        [{ target: out, bytes: await importTemplate() }],
        values['json'] === true,
        io,
      );
    }
    if (ext !== '.xlsx' && ext !== '.csv')
      throw new UsageError('--out 必须以 .xlsx 或 .csv 结尾 / --out must end in .xlsx or .csv');
    const what = (values['what'] ?? 'all') as ExportWhat;
    if (!WHAT.includes(what))
      throw new UsageError(
        `--what 应为 ${WHAT.join('|')} / --what must be one of ${WHAT.join('|')}`,
      );
    const db = existingWorkspaceFile(values);
    const ws = openWorkspace(db, { readonly: true });
    let files;
    try {
      files = await exportWorkspace(ws, ext === '.xlsx' ? 'xlsx' : 'csv', what);
    } finally {
      closeWorkspace(ws);
    }
    const targets = files.map((f) => ({
      target: f.suffix ? `${out.slice(0, -ext.length)}${f.suffix}${ext}` : out,
      bytes: f.bytes,
    }));
    return writeAtomically(targets, values['json'] === true, io);
  },
};

function writeAtomically(
  files: { target: string; bytes: Buffer }[],
  json: boolean,
  io: CliIO,
): number {
  const written: string[] = [];
  for (const { target, bytes } of files) {
    const tmp = `${target}.tmp-${String(process.pid)}`;
    try {
      writeFileSync(tmp, bytes);
      renameSync(tmp, target);
    } catch (e) {
      rmSync(tmp, { force: true });
      io.err(
        `无法写入 ${target}：${(e as Error).message}（文件是否在 Excel 中打开？） / cannot write ${target}`,
      );
      return EXIT.rejected;
    }
    written.push(target);
  }
  io.out(
    json
      ? JSON.stringify({ files: written })
      : `已导出 / exported:\n${written.map((w) => `  ${w}`).join('\n')}`,
  );
  return EXIT.ok;
}
