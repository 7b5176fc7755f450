// A small hand-made workspace on a temp file, inserted through the repositories, so tests can
// state exact expectations (the demo workspace is too large to reason about row by row).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { enterpriseDefaults } from '../../../../../shared/domain/defaults.js';
import type { Enterprise } from '../../../../../shared/domain/schemas.js';
import { withUsccCheckChar } from '../../../../../shared/domain/uscc.js';
import {
  insertEnterprise,
  insertMapping,
} from '../../../../../electron/core/repositories/enterprise-repository.js';
import { insertLead } from '../../../../../electron/core/repositories/lead-repository.js';
import { insertLink } from '../../../../../electron/core/repositories/link-repository.js';
import {
  insertChain,
  insertCluster,
  insertPark,
  insertSegment,
} from '../../../../../electron/core/repositories/taxonomy-repository.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';

export const KOMATSU_USCC = withUsccCheckChar('91370800MA3T00001');

export const firm = (
  name: string,
  f: Partial<Omit<Enterprise, 'id' | 'name'>> = {},
): Omit<Enterprise, 'id'> => ({
  ...enterpriseDefaults(),
  name,
  // A local private firm in Jining unless the test says otherwise.
  isLocal: true,
  province: '山东省',
  city: '济宁市',
  country: '中国',
  ownership: 'private',
  ...f,
});

export type Small = ReturnType<typeof fill>;

function fill(ws: Workspace) {
  const db = ws.db;
  const equip = insertCluster(db, { name: '高端装备', color: '#1677ff', sortOrder: 0 });
  const info = insertCluster(db, { name: '信息产业', color: '#722ed1', sortOrder: 1 });
  insertPark(db, { name: '国际高端装备产业园', clusterId: equip });
  insertPark(db, { name: '中韩高端装备产业园', clusterId: equip });
  const machinery = insertChain(db, {
    clusterId: equip,
    name: '工程机械',
    owner: null,
    description: null,
    sortOrder: 0,
  });
  const terminal = insertChain(db, {
    clusterId: info,
    name: '智能终端',
    owner: null,
    description: null,
    sortOrder: 0,
  });
  const seg = (
    chainId: number,
    name: string,
    stage: 'upstream' | 'midstream',
    parentId: number | null = null,
  ) =>
    insertSegment(db, {
      chainId,
      parentId,
      name,
      stage,
      isKey: false,
      targetCount: null,
      sortOrder: 0,
    });
  const core = seg(machinery, '核心零部件', 'upstream');
  const cylinder = seg(machinery, '油缸', 'upstream', core);
  const assembly = seg(machinery, '整机', 'midstream');
  const pcb = seg(terminal, 'PCB', 'upstream');

  const komatsu = insertEnterprise(
    db,
    firm('小松（山东）工程机械有限公司', {
      uscc: KOMATSU_USCC,
      park: 'P1',
      revenue: 850_000,
      employees: 1800,
      founded: 1995,
      tags: ['链主', '外资'],
      ownership: 'foreign',
      isAboveScale: true,
      mainProducts: '液压挖掘机',
    }),
  );
  const daiwa = insertEnterprise(
    db,
    firm('济宁大和油缸有限公司', {
      park: 'P1',
      revenue: 41_000,
      employees: 340,
      founded: 2023,
      mainProducts: '油缸',
    }),
  );
  const hengli = insertEnterprise(
    db,
    firm('江苏恒立液压股份有限公司', {
      isLocal: false,
      province: '江苏省',
      city: '常州市',
      revenue: 900_000,
      founded: 2005,
      tags: ['上市'],
    }),
  );
  const percent = insertEnterprise(db, firm('50%折扣贸易公司', { park: 'P2', employees: 12 }));
  const underscore = insertEnterprise(
    db,
    firm('A_B电子', { isLocal: false, revenue: 10, founded: 2001 }),
  );
  const pcbFirm = insertEnterprise(
    db,
    firm('济宁精诚电路板有限公司', { park: 'P3', revenue: 13_500, employees: 210 }),
  );

  insertMapping(db, {
    enterpriseId: komatsu,
    segmentId: assembly,
    isPrimary: true,
    status: 'confirmed',
    evidence: null,
  });
  insertMapping(db, {
    enterpriseId: komatsu,
    segmentId: cylinder,
    isPrimary: false,
    status: 'uncertain',
    evidence: '待核实',
  });
  insertMapping(db, {
    enterpriseId: daiwa,
    segmentId: cylinder,
    isPrimary: true,
    status: 'confirmed',
    evidence: null,
  });
  insertMapping(db, {
    enterpriseId: hengli,
    segmentId: cylinder,
    isPrimary: true,
    status: 'rejected',
    evidence: null,
  });
  insertMapping(db, {
    enterpriseId: pcbFirm,
    segmentId: pcb,
    isPrimary: true,
    status: 'confirmed',
    evidence: null,
  });

  const link = (
    supplierId: number,
    buyerId: number,
    product: string,
    segmentId: number | null,
    amount: number | null,
  ) =>
    insertLink(db, {
      supplierId,
      buyerId,
      product,
      segmentId,
      amount,
      share: null,
      source: 'verified',
      yearFrom: null,
      yearTo: null,
    });
  const daiwaToKomatsu = link(daiwa, komatsu, '动臂油缸', cylinder, 100);
  const hengliToKomatsu = link(hengli, komatsu, '油缸', cylinder, 50);
  const komatsuToPercent = link(komatsu, percent, '挖掘机', assembly, null);
  const pcbToDaiwa = link(pcbFirm, daiwa, '控制板', null, 5);

  const lead = insertLead(db, {
    enterpriseId: hengli,
    targetName: '江苏恒立液压股份有限公司',
    segmentId: cylinder,
    stage: 'contact',
    owner: '王海涛',
    nextStep: '考察',
    nextDate: '2026-12-01',
    notes: null,
  });

  return {
    clusters: { equip, info },
    chains: { machinery, terminal },
    segments: { core, cylinder, assembly, pcb },
    firms: { komatsu, daiwa, hengli, percent, underscore, pcbFirm },
    links: { daiwaToKomatsu, hengliToKomatsu, komatsuToPercent, pcbToDaiwa },
    lead,
  };
}

/** Creates the workspace in a fresh temp folder; call `dispose` in afterEach. */
export function makeSmallWorkspace(): { ws: Workspace; ids: Small; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-small-'));
  const ws = openWorkspace(join(dir, 'small.db'));
  const ids = fill(ws);
  return {
    ws,
    ids,
    dispose: () => {
      closeWorkspace(ws);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
