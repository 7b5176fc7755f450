// Adding chain templates to real workspace files: each library template into an empty workspace, the
// merge and the copy on the demo (工程机械 exists there), the question asked before anything is
// written, and a template exported to .xlsx and read back through the sandboxed reader.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { defaultTransport } from '../../../../../electron/core/import/parse-transport.js';
import {
  listChains,
  listClusters,
  listSegments,
} from '../../../../../electron/core/repositories/taxonomy-repository.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import {
  addTemplate,
  importTemplateSheet,
  templateWorkbook,
} from '../../../../../electron/core/services/template-service.js';
import { TEMPLATE_LIBRARY } from '../../../../../shared/templates/library/index.js';
import { templateRows } from '../../../../../shared/templates/schema.js';
import {
  dumpContents,
  tempWorkspace,
  type TempWorkspace,
} from '../../../../support/import-fixtures.js';

let t: TempWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => {
  t.dispose();
});

/** A chain's segments as "parent/name stage key target", for comparing trees. */
function tree(chainId: number): string[] {
  const segs = listSegments(t.ws.db, chainId);
  const name = new Map(segs.map((s) => [s.id, s.name]));
  return segs
    .map((s) => {
      const parent = s.parentId === null ? '' : `${name.get(s.parentId) ?? '?'}/`;
      return `${parent}${s.name} ${s.stage} ${String(s.isKey)} ${String(s.targetCount)}`;
    })
    .sort();
}

const expected = (rows: ReturnType<typeof templateRows>) =>
  rows
    .map(
      (r) =>
        `${r.parent === null ? '' : `${r.parent}/`}${r.name} ${r.stage} ${String(r.isKey)} ${String(r.targetCount)}`,
    )
    .sort();

describe('adding a library template', () => {
  it.each(TEMPLATE_LIBRARY.map((x) => [x.title, x] as const))(
    '%s goes into an empty workspace whole, in a new cluster, and the analysis rates it',
    (_, template) => {
      const result = addTemplate(t.ws, template.id, { newCluster: template.cluster });
      expect(result).toMatchObject({ status: 'added', mode: 'new', chainName: template.name });
      if (result.status !== 'added') return;
      expect(listClusters(t.ws.db).map((c) => c.name)).toEqual([template.cluster]);
      expect(tree(result.chainId)).toEqual(expected(templateRows(template)));
      const analysis = runAnalysis(t.ws, { chainId: result.chainId }, { centrality: false });
      // No firm yet: every leaf segment of the new chain is a gap (缺链).
      const chain = analysis.chains.find((c) => c.chainId === result.chainId);
      const states = (chain?.segments ?? []).map((s) => s.state);
      expect(states.length).toBe(templateRows(template).length);
      expect(new Set(states)).toEqual(new Set(['missing']));
    },
  );

  it('asks before writing when the chain exists, then merges into the demo 工程机械 without removing anything', () => {
    seedDemoWorkspace(t.ws.db);
    const before = dumpContents(t.ws.db);
    const demoChain = listChains(t.ws.db).find((c) => c.name === '工程机械');
    if (!demoChain) throw new Error('demo has no 工程机械');
    const demoTree = tree(demoChain.id);

    const asked = addTemplate(t.ws, 'construction-machinery', { clusterId: demoChain.clusterId });
    expect(asked).toEqual({
      status: 'conflict',
      templateName: '工程机械',
      chainId: demoChain.id,
      chainName: '工程机械',
    });
    expect(dumpContents(t.ws.db)).toEqual(before);

    const merged = addTemplate(
      t.ws,
      'construction-machinery',
      { clusterId: demoChain.clusterId },
      'merge',
    );
    expect(merged).toMatchObject({ status: 'added', mode: 'merge', chainId: demoChain.id });
    const after = tree(demoChain.id);
    // Every demo segment is still there unchanged (its key flags and targets included) …
    for (const s of demoTree) expect(after).toContain(s);
    // … the template's new ones hang under the demo's own parents …
    expect(after).toContain('核心零部件/液压马达 upstream true 2');
    expect(after).toContain('后市场/智能运维与远程监控 downstream true null');
    // … and no name appears twice.
    const names = listSegments(t.ws.db, demoChain.id).map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    if (merged.status !== 'added') return;
    expect(merged.added + merged.matched).toBe(
      templateRows(TEMPLATE_LIBRARY[0] ?? { segments: [] }).length,
    );
    expect(merged.added).toBe(names.length - demoTree.length);
    // The demo's firms keep their 挂链 and links.
    const later = dumpContents(t.ws.db);
    expect(later['enterprises']).toEqual(before['enterprises']);
    expect(later['links']).toEqual(before['links']);

    // A second merge finds nothing missing.
    const again = addTemplate(
      t.ws,
      'construction-machinery',
      { clusterId: demoChain.clusterId },
      'merge',
    );
    expect(again).toMatchObject({ status: 'added', added: 0 });
  });

  it('adds a copy named “（副本）” next to the demo chain, whole', () => {
    seedDemoWorkspace(t.ws.db);
    const copy = addTemplate(t.ws, '智能终端', { newCluster: '信息产业' }, 'copy');
    expect(copy).toMatchObject({ status: 'added', mode: 'copy', chainName: '智能终端（副本）' });
    if (copy.status !== 'added') return;
    const cluster = listClusters(t.ws.db).find((c) => c.id === copy.clusterId);
    expect(cluster?.name).toBe('信息产业');
    const template = TEMPLATE_LIBRARY.find((x) => x.name === '智能终端');
    expect(tree(copy.chainId)).toEqual(expected(templateRows(template ?? { segments: [] })));
  });

  it('refuses an unknown template or cluster and writes nothing', () => {
    const before = dumpContents(t.ws.db);
    expect(() => addTemplate(t.ws, 'nope', { newCluster: 'x' })).toThrow(/模板库中没有“nope”/);
    expect(() => addTemplate(t.ws, 'medical-devices', { clusterId: 999 })).toThrow(
      /所选产业集群不存在/,
    );
    expect(dumpContents(t.ws.db)).toEqual(before);
  });
});

describe('a template shared as a spreadsheet', () => {
  it('exports to .xlsx and reads back through the sandboxed reader into the same tree', async () => {
    const { fileName, bytes } = await templateWorkbook('vaccines-biologics');
    expect(fileName).toBe('产业链模板-疫苗与生物制品.xlsx');
    const result = await importTemplateSheet(
      t.ws,
      { name: fileName, bytes },
      'suggested',
      undefined,
      defaultTransport(),
    );
    expect(result.issues).toEqual([]);
    expect(result.results).toMatchObject([
      { status: 'added', mode: 'new', chainName: '疫苗与生物制品' },
    ]);
    expect(listClusters(t.ws.db).map((c) => c.name)).toEqual(['医养健康']);
    const chain = result.results[0];
    if (chain?.status !== 'added') return;
    const template = TEMPLATE_LIBRARY.find((x) => x.id === 'vaccines-biologics');
    expect(tree(chain.chainId)).toEqual(expected(templateRows(template ?? { segments: [] })));

    // The second visit: the same file again asks, then merges nothing new.
    const again = await importTemplateSheet(t.ws, { name: fileName, bytes }, 'suggested');
    expect(again.results).toMatchObject([{ status: 'conflict', chainName: '疫苗与生物制品' }]);
    const merged = await importTemplateSheet(t.ws, { name: fileName, bytes }, 'suggested', 'merge');
    expect(merged.results).toMatchObject([{ status: 'added', mode: 'merge', added: 0 }]);
  }, 60_000);

  it('a file with a bad row writes nothing and names the row and column', async () => {
    const csv = '\uFEFF产业链,环节,上级环节,位置\n光伏,材料,,上游\n光伏,硅片,原料,上游\n';
    const before = dumpContents(t.ws.db);
    const result = await importTemplateSheet(
      t.ws,
      { name: '光伏.csv', bytes: Buffer.from(csv) },
      'suggested',
    );
    expect(result.results).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({ file: '光伏.csv', sheet: '光伏', row: 3, column: 'C 上级环节' }),
    ]);
    expect(dumpContents(t.ws.db)).toEqual(before);
    const junk = await importTemplateSheet(
      t.ws,
      { name: 'x.xlsx', bytes: Buffer.from('not a workbook') },
      'suggested',
    );
    expect(junk.issues[0]).toMatchObject({ file: 'x.xlsx', row: 0 });
    expect(dumpContents(t.ws.db)).toEqual(before);
  }, 60_000);
});
