// `report --db FILE --out X.xlsx`: the report as a workbook (汇总, 缺口, 招商目标, 招商线索, 目标企业 per chain);
// `--format html --chain|--cluster NAME --out X.html`: the printable report of one chain or cluster.
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';

import { existingWorkspaceFile, parseCommandArgs, requireString, UsageError } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { workspaceReportSheets, writeReport } from '../../core/services/report-service.js';
import { writeHtmlReport } from './report-html.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';

const usage = `用法 / usage: npm run cli -- report --db FILE --out X.xlsx [--json]
       npm run cli -- report --db FILE --format html (--chain NAME | --cluster NAME) --out X.html [--lang zh|en]

  --db FILE     工作区文件 / workspace file
  --out FILE    输出的 .xlsx 文件（已存在则覆盖） / output .xlsx file (overwritten)
  --format F    xlsx（默认，全部产业链）或 html（一条链或一个集群的可打印报告） / xlsx (default) or html
  --chain NAME  html：这条产业链 / html: this chain
  --cluster N   html：这个产业集群 / html: this cluster
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
      format: { type: 'string' },
      chain: { type: 'string' },
      cluster: { type: 'string' },
      lang: { type: 'string' },
    });
    const file = existingWorkspaceFile(values);
    const out = resolve(requireString(values, 'out'));
    const format = values['format'] ?? 'xlsx';
    if (format === 'html') return writeHtmlReport(file, out, values, io);
    if (format !== 'xlsx')
      throw new UsageError('--format 应为 xlsx 或 html / --format must be xlsx or html');
    if (extname(out).toLowerCase() !== '.xlsx')
      throw new UsageError('--out 须为 .xlsx 文件 / --out must end in .xlsx');
    if (!existsSync(dirname(out))) {
      io.err(`输出目录不存在：${dirname(out)} / output folder not found`);
      return EXIT.rejected;
    }
    const ws = openWorkspace(file, { readonly: true });
    let sheets;
    try {
      sheets = workspaceReportSheets(ws);
    } finally {
      closeWorkspace(ws);
    }
    await writeReport(sheets, out);
    const rowsOf = (name: string) => sheets.find((s) => s.name === name)?.rows.length ?? 0;
    const counts = {
      sheets: sheets.map((s) => s.name),
      segments: rowsOf('缺口'),
      targets: rowsOf('招商目标'),
      leads: rowsOf('招商线索'),
    };
    io.out(
      values['json'] === true
        ? JSON.stringify({ out, ...counts })
        : `已导出 / written: ${out}（工作表 ${String(counts.sheets.length)}，环节 ${String(counts.segments)}，招商目标 ${String(counts.targets)}，招商线索 ${String(counts.leads)}）`,
    );
    return EXIT.ok;
  },
};
