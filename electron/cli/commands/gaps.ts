// `gaps --db FILE [--chain NAME] [--json]`: every leaf segment's state (missing/broken/weak/strong) with
// the rule that fired, local firm count and target list, plus chain coverage and local supporting rates.
import { existingWorkspaceFile, parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { runAnalysis } from '../../core/services/analysis-service.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';
import { gapsJson, gapsTable } from './gaps-format.js';

const usage = `用法 / usage: npm run cli -- gaps --db FILE [--chain NAME] [--json]

  --db FILE      工作区文件 / workspace file
  --chain NAME   只看这条产业链 / only this chain (exact name)
  --json         以 JSON 输出 / print JSON`;

export const gapsCommand: Command = {
  name: 'gaps',
  summary: '缺链/断链/弱链/强链分析与招商目标 / gap analysis and targets',
  usage,
  run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      chain: { type: 'string' },
      json: { type: 'boolean' },
    });
    const file = existingWorkspaceFile(values);
    const ws = openWorkspace(file, { readonly: true });
    try {
      const analysis = runAnalysis(ws, {}, { centrality: false });
      const chainName = typeof values['chain'] === 'string' ? values['chain'] : undefined;
      const chains = analysis.chains.filter((c) => chainName === undefined || c.name === chainName);
      if (chains.length === 0) {
        const names = analysis.chains.map((c) => c.name).join('、');
        io.err(
          `没有名为「${chainName ?? ''}」的产业链 / no such chain. 现有 / available: ${names}`,
        );
        return EXIT.rejected;
      }
      const clusters = analysis.clusters.filter((c) =>
        chains.some((ch) => ch.clusterId === c.clusterId),
      );
      io.out(
        values['json'] === true
          ? JSON.stringify(gapsJson(file, analysis.settings, chains, clusters, analysis.targets))
          : gapsTable(chains, clusters, analysis.targets),
      );
      return EXIT.ok;
    } finally {
      closeWorkspace(ws);
    }
  },
};
