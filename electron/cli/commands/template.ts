// `template list|add|export|import`: the chain-template library from the command line. `add` and
// `import` ask nothing: when a chain of the same name exists they stop (exit 1, nothing written)
// unless --merge or --copy says what to do.
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

import { existingWorkspaceFile, parseCommandArgs, requireString, UsageError } from '../args.js';
import { EXIT, type CliIO, type Command } from '../command.js';
import { FileRejectedError } from '../../core/import/file-rejected.js';
import { readInputFile } from '../../core/import/read-input-file.js';
import {
  addTemplate,
  importTemplateSheet,
  libraryTemplate,
  templateList,
  templateWorkbook,
  type AddResult,
  type TemplateTarget,
} from '../../core/services/template-service.js';
import { clusterList } from '../../core/services/taxonomy-service.js';
import { closeWorkspace, openWorkspace, type Workspace } from '../../core/services/workspace.js';
import { CLI_WRITER } from '../writer.js';
import type { ConflictChoice } from '../../../shared/templates/plan-add.js';

const usage = `用法 / usage:
  npm run cli -- template list [--json]
  npm run cli -- template add <模板/template> --db FILE [--cluster 集群] [--merge | --copy] [--json]
  npm run cli -- template export <模板/template> --out 模板.xlsx
  npm run cli -- template import --db FILE --file 模板.xlsx [--cluster 集群] [--merge | --copy] [--json]

  <模板>        模板编号、产业链名称或标题 / template id, chain name or title
  --cluster     放入的产业集群（没有则新建；默认为模板建议的集群）/ cluster to put it in (created if absent)
  --merge       同名产业链已存在时合并：只补上缺少的环节 / merge into the existing chain of that name
  --copy        同名产业链已存在时另加一份“（副本）”/ add a copy named "…（副本）"`;

/** Splits `add 工程机械 --db x` into the subcommand, its one positional and the flags. */
function split(argv: string[]): { sub: string; name: string | undefined; flags: string[] } {
  const [sub = '', ...rest] = argv;
  const first = rest[0];
  return first !== undefined && !first.startsWith('-')
    ? { sub, name: first, flags: rest.slice(1) }
    : { sub, name: undefined, flags: rest };
}

function choice(values: Record<string, unknown>): ConflictChoice | undefined {
  if (values['merge'] === true && values['copy'] === true)
    throw new UsageError('--merge 与 --copy 只能选一个 / choose either --merge or --copy');
  return values['merge'] === true ? 'merge' : values['copy'] === true ? 'copy' : undefined;
}

function target(ws: Workspace, cluster: unknown, fallback: string): TemplateTarget {
  const name = typeof cluster === 'string' && cluster.trim() !== '' ? cluster.trim() : fallback;
  const found = clusterList(ws).find((c) => c.name === name);
  return found ? { clusterId: found.id } : { newCluster: name };
}

const MODE = { new: '新建 / new', copy: '副本 / copy', merge: '合并 / merged' } as const;

function report(results: AddResult[], io: CliIO, json: boolean): number {
  const conflicts = results.filter((r) => r.status === 'conflict');
  if (json) io.out(JSON.stringify({ committed: conflicts.length === 0, results }));
  if (conflicts.length > 0) {
    for (const c of conflicts)
      io.err(
        `已有同名产业链“${c.chainName}”，未做任何修改；请加 --merge（补上缺少的环节）或 --copy（另加副本）\n` +
          `A chain named "${c.chainName}" exists; nothing was written. Add --merge (add the missing segments) or --copy (add a copy)`,
      );
    return EXIT.rejected;
  }
  if (!json)
    for (const r of results)
      if (r.status === 'added')
        io.out(
          `${r.chainName}: ${MODE[r.mode]}，新增环节 ${String(r.added)} 个 / ${String(r.added)} segments added` +
            (r.mode === 'merge'
              ? `，已有 ${String(r.matched)} 个 / ${String(r.matched)} already there`
              : ''),
        );
  return EXIT.ok;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { sub, name, flags } = split(argv);
  if (sub === 'list') {
    const { values } = parseCommandArgs(flags, { json: { type: 'boolean' } });
    const list = templateList();
    io.out(
      values['json'] === true
        ? JSON.stringify(list)
        : list
            .map(
              (t) =>
                `${t.id.padEnd(24)} ${t.title}（${t.cluster}，${String(t.segments)} 个环节，核心 ${String(t.keySegments)}）`,
            )
            .join('\n'),
    );
    return EXIT.ok;
  }
  if (sub === 'export') {
    const { values } = parseCommandArgs(flags, { out: { type: 'string' } });
    if (name === undefined) throw new UsageError('缺少模板名称 / missing the template');
    const out = resolve(requireString(values, 'out'));
    const { bytes } = await templateWorkbook(name);
    writeFileSync(out, bytes);
    io.out(`已导出 / written: ${out}`);
    return EXIT.ok;
  }
  const options = {
    db: { type: 'string' },
    cluster: { type: 'string' },
    merge: { type: 'boolean' },
    copy: { type: 'boolean' },
    json: { type: 'boolean' },
  } as const;
  if (sub === 'add') {
    const { values } = parseCommandArgs(flags, options);
    if (name === undefined) throw new UsageError('缺少模板名称 / missing the template');
    const template = libraryTemplate(name);
    const ws = openWorkspace(existingWorkspaceFile(values), CLI_WRITER);
    try {
      const result = addTemplate(
        ws,
        template.id,
        target(ws, values['cluster'], template.cluster),
        choice(values),
      );
      return report([result], io, values['json'] === true);
    } finally {
      closeWorkspace(ws);
    }
  }
  if (sub === 'import') {
    const { values } = parseCommandArgs(flags, { ...options, file: { type: 'string' } });
    const path = resolve(requireString(values, 'file'));
    const db = existingWorkspaceFile(values);
    let bytes: Buffer;
    try {
      bytes = readInputFile(path);
    } catch (e) {
      if (!(e instanceof FileRejectedError)) throw e;
      io.err(`${e.messageZh}\n${e.messageEn}`);
      return EXIT.rejected;
    }
    const ws = openWorkspace(db, CLI_WRITER);
    try {
      const where =
        typeof values['cluster'] === 'string' ? target(ws, values['cluster'], '') : 'suggested';
      const result = await importTemplateSheet(
        ws,
        { name: basename(path), bytes },
        where,
        choice(values),
      );
      if (result.issues.length > 0) {
        if (values['json'] === true)
          io.out(JSON.stringify({ committed: false, issues: result.issues }));
        for (const i of result.issues)
          io.err(
            `${i.file}${i.sheet ? ` [${i.sheet}]` : ''}${i.row > 0 ? ` 第 ${String(i.row)} 行 / row ${String(i.row)}` : ''}${i.column ? ` ${i.column}` : ''}: ${i.zh} / ${i.en}`,
          );
        io.err('未做任何修改 / nothing was written');
        return EXIT.rejected;
      }
      return report(result.results, io, values['json'] === true);
    } finally {
      closeWorkspace(ws);
    }
  }
  throw new UsageError(`未知的子命令 / unknown subcommand: ${sub || '(none)'}`);
}

export const templateCommand: Command = {
  name: 'template',
  summary: '产业链模板库 / chain-template library',
  usage,
  run,
};
