// The schema's guards as a user would meet them: bad rows are refused by SQLite itself (CHECK, FK,
// UNIQUE), deletes cascade where they should, and the counts match what was written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { LeadStage, Stage } from '../../../../../shared/domain/schemas.js';
import {
  insertEnterprise,
  insertMapping,
  listMappings,
} from '../../../../../electron/core/repositories/enterprise-repository.js';
import {
  insertLead,
  listLeads,
} from '../../../../../electron/core/repositories/lead-repository.js';
import {
  insertLink,
  linksOfEnterprise,
  listLinks,
} from '../../../../../electron/core/repositories/link-repository.js';
import { workspaceStats } from '../../../../../electron/core/repositories/stats-repository.js';
import {
  insertSegment,
  listChains,
  listClusters,
  listSegments,
} from '../../../../../electron/core/repositories/taxonomy-repository.js';
import type { Workspace } from '../../../../../electron/core/services/workspace.js';
import { firm, KOMATSU_USCC, makeSmallWorkspace, type Small } from './small-workspace.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const link = (supplierId: number, buyerId: number) => ({
  supplierId,
  buyerId,
  product: null,
  segmentId: null,
  amount: null,
  share: null,
  source: 'reported' as const,
  yearFrom: null,
  yearTo: null,
});

describe('taxonomy', () => {
  it('lists clusters with parks and counts, chains and segments', () => {
    const clusters = listClusters(ws.db);
    expect(clusters.map((c) => [c.name, c.parks, c.chainCount, c.enterpriseCount])).toEqual([
      ['高端装备', ['国际高端装备产业园', '中韩高端装备产业园'], 1, 2],
      ['信息产业', [], 1, 1],
    ]);
    expect(listChains(ws.db, ids.clusters.info).map((c) => c.name)).toEqual(['智能终端']);
    const segs = listSegments(ws.db, ids.chains.machinery);
    expect(segs.map((s) => s.name).sort()).toEqual(['整机', '核心零部件', '油缸'].sort());
    expect(segs.find((s) => s.name === '油缸')?.parentId).toBe(ids.segments.core);
  });

  it('refuses a segment with an unknown stage or a missing chain', () => {
    const seg = {
      chainId: ids.chains.machinery,
      parentId: null,
      name: '新环节',
      isKey: false,
      targetCount: null,
      sortOrder: 0,
    };
    expect(() => insertSegment(ws.db, { ...seg, stage: 'sideways' as Stage })).toThrow(/CHECK/);
    expect(() => insertSegment(ws.db, { ...seg, stage: 'upstream', chainId: 999 })).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => insertSegment(ws.db, { ...seg, stage: 'upstream', targetCount: -1 })).toThrow(
      /CHECK/,
    );
  });

  it('deleting a cluster removes its chains, segments and mappings but keeps the firms', () => {
    ws.db.prepare('DELETE FROM cluster WHERE id = ?').run(ids.clusters.equip);
    expect(listChains(ws.db).map((c) => c.name)).toEqual(['智能终端']);
    expect(listMappings(ws.db).map((m) => m.enterpriseId)).toEqual([ids.firms.pcbFirm]);
    expect(workspaceStats(ws.db).enterprises).toBe(6);
    // Links keep their firms; their segment reference is cleared.
    expect(listLinks(ws.db).every((l) => l.segmentId === null)).toBe(true);
  });
});

describe('enterprises and mappings', () => {
  it('refuses a duplicate USCC, an empty name and a bad ownership', () => {
    expect(() => insertEnterprise(ws.db, firm('重复代码企业', { uscc: KOMATSU_USCC }))).toThrow(
      /UNIQUE/,
    );
    expect(() => insertEnterprise(ws.db, firm('   '))).toThrow(/CHECK/);
    expect(() => insertEnterprise(ws.db, firm('某企业', { uscc: 'SHORT' }))).toThrow(/CHECK/);
    expect(() => insertEnterprise(ws.db, firm('某企业', { ownership: 'alien' as never }))).toThrow(
      /CHECK/,
    );
  });

  it('refuses a mapping with a bad status, a missing segment or twice the same pair', () => {
    const m = {
      enterpriseId: ids.firms.percent,
      segmentId: ids.segments.assembly,
      isPrimary: false,
      evidence: null,
    };
    expect(() => {
      insertMapping(ws.db, { ...m, status: 'maybe' as never });
    }).toThrow(/CHECK/);
    expect(() => {
      insertMapping(ws.db, { ...m, status: 'confirmed', segmentId: 999 });
    }).toThrow(/FOREIGN KEY/);
    expect(() => {
      insertMapping(ws.db, {
        ...m,
        status: 'confirmed',
        enterpriseId: ids.firms.daiwa,
        segmentId: ids.segments.cylinder,
      });
    }).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});

describe('supply links and leads', () => {
  it('refuses a firm supplying itself, a missing firm, a bad share and a bad source', () => {
    expect(() => insertLink(ws.db, link(ids.firms.daiwa, ids.firms.daiwa))).toThrow(/CHECK/);
    expect(() => insertLink(ws.db, link(ids.firms.daiwa, 999))).toThrow(/FOREIGN KEY/);
    expect(() =>
      insertLink(ws.db, { ...link(ids.firms.daiwa, ids.firms.komatsu), share: 1.5 }),
    ).toThrow(/CHECK/);
    expect(() =>
      insertLink(ws.db, { ...link(ids.firms.daiwa, ids.firms.komatsu), amount: -1 }),
    ).toThrow(/CHECK/);
    expect(() =>
      insertLink(ws.db, { ...link(ids.firms.daiwa, ids.firms.komatsu), source: 'rumour' as never }),
    ).toThrow(/CHECK/);
    expect(() =>
      insertLink(ws.db, {
        ...link(ids.firms.daiwa, ids.firms.komatsu),
        yearFrom: 2026,
        yearTo: 2020,
      }),
    ).toThrow(/CHECK/);
  });

  it('lists suppliers and buyers of a firm with the firm at the other end, biggest amount first', () => {
    const suppliers = linksOfEnterprise(ws.db, ids.firms.komatsu, 'suppliers');
    expect(suppliers.map((l) => [l.firm.name, l.firm.isLocal, l.amount, l.segmentName])).toEqual([
      ['济宁大和油缸有限公司', true, 100, '油缸'],
      ['江苏恒立液压股份有限公司', false, 50, '油缸'],
    ]);
    const buyers = linksOfEnterprise(ws.db, ids.firms.komatsu, 'buyers');
    expect(buyers.map((l) => [l.firm.name, l.product, l.amount])).toEqual([
      ['50%折扣贸易公司', '挖掘机', null],
    ]);
  });

  it('refuses a lead with an unknown stage; deleting its firm keeps the lead', () => {
    const lead = {
      enterpriseId: ids.firms.underscore,
      targetName: 'A_B电子',
      segmentId: null,
      owner: null,
      nextStep: null,
      nextDate: null,
      notes: null,
    };
    expect(() => insertLead(ws.db, { ...lead, stage: 'won' as LeadStage })).toThrow(/CHECK/);
    insertLead(ws.db, { ...lead, stage: 'landed' });
    ws.db.prepare('DELETE FROM enterprise WHERE id = ?').run(ids.firms.underscore);
    const kept = listLeads(ws.db).find((l) => l.targetName === 'A_B电子');
    expect(kept).toMatchObject({ enterpriseId: null, stage: 'landed' });
  });

  it('deleting a firm removes its links', () => {
    ws.db.prepare('DELETE FROM enterprise WHERE id = ?').run(ids.firms.hengli);
    expect(
      listLinks(ws.db)
        .map((l) => l.id)
        .sort(),
    ).toEqual([ids.links.daiwaToKomatsu, ids.links.komatsuToPercent, ids.links.pcbToDaiwa].sort());
  });
});

describe('workspaceStats', () => {
  it('counts every entity', () => {
    expect(workspaceStats(ws.db)).toEqual({
      clusters: 2,
      chains: 2,
      segments: 4,
      enterprises: 6,
      links: 4,
      leads: 1,
    });
  });
});
