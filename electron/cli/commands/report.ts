// `report --db FILE --out X.xlsx`: the gap report as a workbook (汇总 summary, 缺口 gaps, 招商目标 targets).
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';

import { existingWorkspaceFile, parseCommandArgs, requireString, UsageError } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { runAnalysis } from '../../core/services/analysis-service.js';
import { writeReport } from '../../core/services/report-service.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';

const usage = `用法 / usage: npm run cli -- report --db FILE --out X.xlsx [--json]

  --db FILE     工作区文件 / workspace file
  --out FILE    输出的 .xlsx 文件（已存在则覆盖） / output .xlsx file (overwritten)
  --json        以 JSON 输出结果 / print the result as JSON`;

export const reportCommand: Command = {
  name: 'report',
  summary: '导出分析报告 .xlsx / export the gap report',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    });
    const file = existingWorkspaceFile(values);
    const out = resolve(requireString(values, 'out'));
    if (extname(out).toLowerCase() !== '.xlsx')
      throw new UsageError('--out 须为 .xlsx 文件 / --out must end in .xlsx');
    if (!existsSync(dirname(out))) {
      io.err(`输出目录不存在：${dirname(out)} / output folder not found`);
      return EXIT.rejected;
    }
    const ws = openWorkspace(file, { readonly: true });
    let analysis;
    try {
      analysis = runAnalysis(ws, {}, { centrality: false });
    } finally {
      closeWorkspace(ws);
    }
    await writeReport(analysis, out);
    const counts = {
      chains: analysis.chains.length,
      segments: analysis.chains.reduce((n, c) => n + c.segments.filter((s) => s.isLeaf).length, 0),
      targets: analysis.targets.length,
    };
    io.out(
      values['json'] === true
        ? JSON.stringify({ out, ...counts })
        : `已导出 / written: ${out}（产业链 ${counts.chains}，环节 ${counts.segments}，招商目标 ${counts.targets}）`,
    );
    return EXIT.ok;
  },
};
