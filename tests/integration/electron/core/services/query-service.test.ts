// Read use-cases on a real file: one firm's detail (segments, suppliers, buyers, leads) and the graph
// data of a chain and of a cluster.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { GraphDataSchema } from '../../../../../shared/ipc/contract.js';
import { AppError } from '../../../../../shared/ipc/result.js';
import {
  chainGraph,
  clusterGraph,
  enterpriseDetail,
} from '../../../../../electron/core/services/query-service.js';
import type { Workspace } from '../../../../../electron/core/services/workspace.js';
import { makeSmallWorkspace, type Small } from '../repositories/small-workspace.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('enterpriseDetail', () => {
  it('gives the firm, its segments (primary first), suppliers and buyers', () => {
    const d = enterpriseDetail(ws, ids.firms.komatsu);
    expect(d.enterprise.name).toBe('小松（山东）工程机械有限公司');
    expect(
      d.segments.map((s) => [s.segmentName, s.chainName, s.stage, s.isPrimary, s.status]),
    ).toEqual([
      ['整机', '工程机械', 'midstream', true, 'confirmed'],
      ['油缸', '工程机械', 'upstream', false, 'uncertain'],
    ]);
    expect(d.suppliers.map((l) => l.firm.id)).toEqual([ids.firms.daiwa, ids.firms.hengli]);
    expect(d.suppliers.every((l) => l.buyerId === ids.firms.komatsu)).toBe(true);
    expect(d.buyers.map((l) => [l.firm.id, l.supplierId])).toEqual([
      [ids.firms.percent, ids.firms.komatsu],
    ]);
    expect(d.leads).toEqual([]);
  });

  it('includes the leads of a firm', () => {
    const d = enterpriseDetail(ws, ids.firms.hengli);
    expect(d.leads.map((l) => [l.id, l.stage, l.owner])).toEqual([[ids.lead, 'contact', '王海涛']]);
    expect(d.buyers.map((l) => l.firm.name)).toEqual(['小松（山东）工程机械有限公司']);
  });

  it('refuses an unknown id with NOT_FOUND', () => {
    expect(() => enterpriseDetail(ws, 4242)).toThrow(AppError);
    try {
      enterpriseDetail(ws, 4242);
    } catch (e) {
      expect((e as AppError).code).toBe('NOT_FOUND');
    }
  });
});

describe('chainGraph', () => {
  it("holds the chain's segments, mapped firms and the links among them", () => {
    const g = GraphDataSchema.parse(chainGraph(ws, ids.chains.machinery));
    expect(g.chains.map((c) => c.id)).toEqual([ids.chains.machinery]);
    expect(g.clusters.map((c) => c.name)).toEqual(['高端装备']);
    expect(sorted(g.segments.map((s) => s.id))).toEqual(
      sorted([ids.segments.core, ids.segments.cylinder, ids.segments.assembly]),
    );
    expect(sorted(g.enterprises.map((e) => e.id))).toEqual(
      sorted([ids.firms.komatsu, ids.firms.daiwa, ids.firms.hengli]),
    );
    // Links whose both ends are on the chain; the buyer of Komatsu's excavators is not mapped.
    expect(sorted(g.links.map((l) => l.id))).toEqual(
      sorted([ids.links.daiwaToKomatsu, ids.links.hengliToKomatsu]),
    );
    expect(g.mappings.find((m) => m.enterpriseId === ids.firms.hengli)?.status).toBe('rejected');
  });

  it('refuses an unknown chain with NOT_FOUND', () => {
    expect(() => chainGraph(ws, 999)).toThrow(/产业链不存在/);
  });
});

describe('clusterGraph', () => {
  it("holds every chain of the cluster and only that cluster's firms", () => {
    const g = GraphDataSchema.parse(clusterGraph(ws, ids.clusters.info));
    expect(g.clusters.map((c) => c.id)).toEqual([ids.clusters.info]);
    expect(g.chains.map((c) => c.name)).toEqual(['智能终端']);
    expect(g.segments.map((s) => s.name)).toEqual(['PCB']);
    expect(g.enterprises.map((e) => e.id)).toEqual([ids.firms.pcbFirm]);
    // The PCB maker's buyer belongs to another cluster, so its link is not drawn here.
    expect(g.links).toEqual([]);
  });

  it('covers the equipment cluster', () => {
    const g = clusterGraph(ws, ids.clusters.equip);
    expect(g.clusters[0]?.parks).toEqual(['国际高端装备产业园', '中韩高端装备产业园']);
    expect(g.segments).toHaveLength(3);
    expect(g.links).toHaveLength(2);
    expect(() => clusterGraph(ws, 999)).toThrow(/产业集群不存在/);
  });
});
