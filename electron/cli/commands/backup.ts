// `backup list|create|restore|recover`: the workspace's backups from the command line. `restore <id>`
// backs up the current state first (reason before-restore); a damaged backup is refused, nothing
// changes. `recover [<id>]` is for a damaged workspace that cannot be opened: the latest good backup
// (or the one named) replaces it, and the damaged file is kept beside it under a new name.
import { parseCommandArgs, existingWorkspaceFile, UsageError } from '../args.js';
import { EXIT, type CliIO, type Command } from '../command.js';
import { latestGoodBackup, recoverFromBackup } from '../../core/backup/recover.js';
import { acquireWorkspaceLock } from '../../core/db/workspace-lock.js';
import { backupList, backupNow, backupRestore } from '../../core/services/backup-service.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';
import { CLI_WRITER } from '../writer.js';

const usage = `用法 / usage:
  npm run cli -- backup list --db FILE [--json]
  npm run cli -- backup create --db FILE
  npm run cli -- backup restore <备份编号/backup id> --db FILE
  npm run cli -- backup recover [<备份编号/backup id>] --db FILE   (工作区损坏时 / for a damaged file)

  备份编号为 list 列出的文件名 / the id is the file name that list prints`;

const REASON: Record<string, string> = {
  import: '导入前 / before import',
  'before-restore': '恢复前 / before restore',
  'before-edit': '删除或合并前 / before a delete or merge',
  daily: '每日 / daily',
  manual: '手动 / manual',
};

async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub = '', ...rest] = argv;
  const id = rest[0] !== undefined && !rest[0].startsWith('-') ? rest[0] : undefined;
  const flags = id === undefined ? rest : rest.slice(1);
  const { values } = parseCommandArgs(flags, { db: { type: 'string' }, json: { type: 'boolean' } });
  const db = existingWorkspaceFile(values);
  if (sub === 'list') {
    // Without opening the workspace: a damaged one has backups to list too.
    const { backups } = backupList({ file: db });
    if (values['json'] === true) io.out(JSON.stringify(backups));
    else if (backups.length === 0) io.out('没有备份 / no backups');
    else
      for (const b of backups) {
        const what = b.counts
          ? `${String(b.counts.chains)} 条产业链, ${String(b.counts.enterprises)} 家企业, ${String(b.counts.links)} 条供应关系`
          : `无法恢复 / cannot be restored: ${b.problem?.zh ?? ''}`;
        io.out(
          `${b.id}\n  ${new Date(b.time).toLocaleString('zh-CN')}  ${REASON[b.reason] ?? b.reason}  ${what}`,
        );
      }
    return EXIT.ok;
  }
  if (sub === 'recover') return recover(db, id, io);
  if (sub !== 'create' && sub !== 'restore')
    throw new UsageError(`未知的子命令 / unknown subcommand: ${sub || '(none)'}`);
  if (sub === 'restore' && id === undefined)
    throw new UsageError('缺少备份编号 / missing the backup id');
  const ws = openWorkspace(db, CLI_WRITER);
  try {
    if (sub === 'create') {
      io.out(`已备份 / backed up: ${await backupNow(ws)}`);
      return EXIT.ok;
    }
    const result = await backupRestore(ws, id ?? '');
    io.out(
      `已恢复 / restored: ${result.restored}\n恢复前的状态已备份为 / the state before was backed up as: ${result.before ?? '-'}`,
    );
    return EXIT.ok;
  } finally {
    closeWorkspace(ws);
  }
}

/** Never opens the damaged file: it is renamed aside, and the checked backup written in its place. */
async function recover(db: string, id: string | undefined, io: CliIO): Promise<number> {
  const chosen = id ?? latestGoodBackup(db)?.id;
  if (chosen === undefined) {
    io.err(
      `没有找到可用的备份，未做任何修改：${db}\nNo usable backup was found; nothing was changed: ${db}`,
    );
    return EXIT.rejected;
  }
  // Not while another ChainAtlas has the file open: it would keep writing the file moved aside.
  const release = acquireWorkspaceLock(db, CLI_WRITER.exclusive ?? '');
  let result;
  try {
    result = await recoverFromBackup(db, chosen);
  } finally {
    release();
  }
  io.out(
    `已恢复 / restored: ${result.restored.id}\n损坏的文件已改名保存为 / the damaged file was kept as: ${result.aside}`,
  );
  return EXIT.ok;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: '备份与恢复 / list, create and restore backups',
  usage,
  run,
};
