// `stats --db FILE [--json]`: counts of clusters, chains, segments, enterprises, links and leads.
// Opens the file read-only so a mistyped path is reported, never created.
import type { WorkspaceStats } from '../../../shared/domain/schemas.js';
import { existingWorkspaceFile, parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { statsOf } from '../../core/services/workspace-info.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';

const usage = `用法 / usage: npm run cli -- stats --db FILE [--json]

  --db FILE   工作区文件 / workspace file
  --json      以 JSON 输出 / print JSON`;

const LABELS: [keyof WorkspaceStats, string][] = [
  ['clusters', '产业集群 clusters'],
  ['chains', '产业链 chains'],
  ['segments', '环节 segments'],
  ['enterprises', '企业 enterprises'],
  ['links', '供应关系 links'],
  ['leads', '招商线索 leads'],
];

export function formatStatsTable(stats: WorkspaceStats): string {
  const width = Math.max(...LABELS.map(([k]) => String(stats[k]).length));
  return LABELS.map(([k, label]) => `${String(stats[k]).padStart(width)}  ${label}`).join('\n');
}

export const statsCommand: Command = {
  name: 'stats',
  summary: '工作区统计 / workspace counts',
  usage,
  run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
    });
    const file = existingWorkspaceFile(values);
    const ws = openWorkspace(file, { readonly: true });
    let stats: WorkspaceStats;
    try {
      stats = statsOf(ws);
    } finally {
      closeWorkspace(ws);
    }
    io.out(
      values['json'] === true
        ? JSON.stringify(stats)
        : `工作区 / workspace: ${file}\n${formatStatsTable(stats)}`,
    );
    return EXIT.ok;
  },
};
