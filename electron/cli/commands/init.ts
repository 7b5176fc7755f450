// `init --db FILE [--demo]`: creates a new workspace file, empty or with the built-in demo data.
// Refuses (exit 1, nothing written) when FILE already exists and is not empty.
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { parseCommandArgs, requireString } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { seedDemoWorkspace } from '../../core/demo/seed-demo.js';
import { statsOf } from '../../core/services/workspace-info.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';
import { CLI_WRITER } from '../writer.js';

const usage = `用法 / usage: npm run cli -- init --db FILE [--demo] [--json]

  --db FILE   新工作区文件路径（文件必须不存在或为空） / path of the new workspace file
  --demo      写入内置示例数据 / fill it with the built-in demo data
  --json      以 JSON 输出结果 / print the result as JSON`;

export const initCommand: Command = {
  name: 'init',
  summary: '创建工作区（--demo 写入示例数据） / create a workspace',
  usage,
  run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      demo: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const file = resolve(requireString(values, 'db'));
    if (existsSync(file) && statSync(file).size > 0) {
      io.err(
        `文件已存在且不为空，未做任何修改：${file} / file exists and is not empty; nothing written`,
      );
      return EXIT.rejected;
    }
    const ws = openWorkspace(file, CLI_WRITER);
    try {
      if (values['demo'] === true) seedDemoWorkspace(ws.db);
    } catch (e) {
      // Seeding is one transaction, so the file holds only the empty schema: remove it entirely.
      closeWorkspace(ws);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      throw e;
    }
    const stats = statsOf(ws);
    closeWorkspace(ws);
    if (values['json'] === true) {
      io.out(JSON.stringify({ file, demo: values['demo'] === true, stats }));
    } else {
      const kind = values['demo'] === true ? '示例工作区' : '空工作区';
      io.out(
        `已创建${kind} / created: ${file}\n` +
          `集群 ${String(stats.clusters)}，产业链 ${String(stats.chains)}，环节 ${String(stats.segments)}，` +
          `企业 ${String(stats.enterprises)}，供应关系 ${String(stats.links)}，招商线索 ${String(stats.leads)}`,
      );
    }
    return EXIT.ok;
  },
};
