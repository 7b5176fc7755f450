// `import --db FILE --file X [--file Y …] [--dry-run] [--accept-warnings] [--json] [--encoding ENC]`:
// reads spreadsheets into a workspace. Exit 1 and nothing written while errors remain, or warnings
// remain without --accept-warnings. `--progress` prints commit progress to stderr.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { existingWorkspaceFile, parseCommandArgs, UsageError } from '../args.js';
import { EXIT, type Command } from '../command.js';
import {
  commitImport,
  ImportRejectedError,
  prepareImport,
} from '../../core/import/import-service.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';
import type { ImportProgress } from '../../../shared/ipc/import-contract.js';
import { nameKey } from '../../../shared/spreadsheet/name-key.js';
import type { MatchDecisions } from '../../../shared/spreadsheet/plan-types.js';
import { formatPreview } from './import-format.js';

/** `--match 名称=12` / `--match 名称=new` → decisions keyed like the importer's name matching. */
function parseMatches(items: string[]): MatchDecisions {
  const out: MatchDecisions = {};
  for (const item of items) {
    const at = item.lastIndexOf('=');
    const name = item.slice(0, at).trim();
    const choice = item.slice(at + 1).trim();
    if (at <= 0 || !(choice === 'new' || /^\d+$/.test(choice))) {
      throw new UsageError(
        `--match 应为 名称=企业ID 或 名称=new / --match must be NAME=ID or NAME=new: ${item}`,
      );
    }
    out[nameKey(name)] = choice === 'new' ? 'new' : Number(choice);
  }
  return out;
}

const usage = `用法 / usage: npm run cli -- import --db FILE --file X [--file Y …] [--dry-run] [--accept-warnings] [--json]

  --db FILE           工作区文件（须已存在，可用 init 创建） / existing workspace file
  --file X            要导入的 .xlsx/.xls/.ods/.et/.csv（可多次） / file to import (repeatable)
  --dry-run           只检查并显示将发生的变化，不写入 / check and show the plan, write nothing
  --accept-warnings   接受警告并导入 / import even though warnings remain
  --encoding ENC      CSV 编码（utf-8、gb18030、big5…），默认自动识别 / CSV encoding, default: detect
  --match 名称=ID      名称对应工作区多家企业时，指定对应企业的 ID（或 =new 表示新企业），可多次 /
                      which firm an ambiguous name means (firm id, or "new"); repeatable
  --progress          在标准错误输出写入进度 / print commit progress to stderr
  --json              以 JSON 输出 / print JSON`;

export const importCommand: Command = {
  name: 'import',
  summary: '导入表格（企业、供应关系、产业链、线索） / import spreadsheets',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      file: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      'accept-warnings': { type: 'boolean' },
      encoding: { type: 'string' },
      progress: { type: 'boolean' },
      match: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    const decisions = parseMatches((values['match'] as string[] | undefined) ?? []);
    const files = (values['file'] as string[] | undefined) ?? [];
    if (files.length === 0) throw new UsageError('缺少参数 --file / missing --file');
    const db = existingWorkspaceFile(values);
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length > 0) {
      io.err(`文件不存在 / file not found: ${missing.join(', ')}`);
      return EXIT.rejected;
    }
    const encoding = typeof values['encoding'] === 'string' ? values['encoding'] : undefined;
    const json = values['json'] === true;
    const ws = openWorkspace(db);
    try {
      const sources = files.map((f) => ({
        name: basename(f),
        bytes: readFileSync(f),
        ...(encoding ? { encoding } : {}),
      }));
      const prepared = await prepareImport(ws, sources, { decisions });
      const preview = prepared.preview;
      const blocked =
        preview.errors > 0 || (preview.warnings > 0 && values['accept-warnings'] !== true);
      if (values['dry-run'] === true || blocked) {
        io.out(
          json
            ? JSON.stringify({ committed: false, dryRun: values['dry-run'] === true, ...preview })
            : formatPreview(preview),
        );
        if (blocked) {
          io.err(
            preview.errors > 0
              ? `有 ${preview.errors} 个错误，未写入任何数据 / ${preview.errors} error(s): nothing written`
              : `有 ${preview.warnings} 个警告，未写入；确认后加 --accept-warnings / ${preview.warnings} warning(s): nothing written; re-run with --accept-warnings`,
          );
        }
        return blocked ? EXIT.rejected : EXIT.ok;
      }
      const progress =
        values['progress'] === true
          ? (p: ImportProgress) => {
              // Only rows actually written, from inside the transaction (the kill test relies on it).
              if (p.phase === 'writing' && p.done)
                process.stderr.write(`写入 / writing ${String(p.done)}/${String(p.total ?? 0)}\n`);
            }
          : undefined;
      const result = await commitImport(ws, prepared, {
        acceptWarnings: true,
        ...(progress ? { onProgress: progress } : {}),
      });
      io.out(
        json
          ? JSON.stringify({
              committed: true,
              dryRun: false,
              runId: result.runId,
              backup: result.backupFile,
              ...result.preview,
            })
          : `${formatPreview(result.preview)}\n\n已导入（记录 #${result.runId}），导入前备份：${result.backupFile ?? '无'} / imported (run #${result.runId}), backup: ${result.backupFile ?? 'none'}`,
      );
      return EXIT.ok;
    } catch (e) {
      if (e instanceof ImportRejectedError) {
        io.out(
          json
            ? JSON.stringify({ committed: false, dryRun: false, ...e.preview })
            : formatPreview(e.preview),
        );
        io.err(e.message);
        return EXIT.rejected;
      }
      throw e;
    } finally {
      closeWorkspace(ws);
    }
  },
};
