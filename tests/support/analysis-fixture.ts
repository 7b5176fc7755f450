// A small hand-built workspace whose every analysis figure was worked out by hand (see the comments
// in tests/unit/shared/analysis/*.test.ts). Firms are named by letter; ids are fixed.
import type { WorkspaceData } from '../../shared/domain/workspace-data.js';
import { makeEnterprise } from '../../shared/domain/defaults.js';
import type {
  Enterprise,
  EnterpriseSegment,
  Lead,
  Segment,
  SupplyLink,
} from '../../shared/domain/schemas.js';

export const firm = (
  id: number,
  name: string,
  isLocal: boolean,
  extra: Partial<Enterprise> = {},
): Enterprise => makeEnterprise(id, name, { isLocal, ...extra });

export const seg = (
  id: number,
  chainId: number,
  parentId: number | null,
  name: string,
  extra: Partial<Segment> = {},
): Segment => ({
  id,
  chainId,
  parentId,
  name,
  stage: 'upstream',
  isKey: false,
  targetCount: null,
  sortOrder: id,
  ...extra,
});

export const map = (
  enterpriseId: number,
  segmentId: number,
  status: EnterpriseSegment['status'] = 'confirmed',
): EnterpriseSegment => ({ enterpriseId, segmentId, isPrimary: true, status, evidence: null });

export const link = (
  id: number,
  supplierId: number,
  buyerId: number,
  segmentId: number | null,
  amount: number | null,
): SupplyLink => ({
  id,
  supplierId,
  buyerId,
  product: null,
  segmentId,
  amount,
  share: null,
  source: 'reported',
  yearFrom: null,
  yearTo: null,
});

export const lead = (id: number, extra: Partial<Lead>): Lead => ({
  id,
  enterpriseId: null,
  targetName: `lead ${String(id)}`,
  segmentId: null,
  stage: 'lead',
  owner: null,
  nextStep: null,
  nextDate: null,
  notes: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

export const F = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  K: 7,
  M: 8,
  G: 9,
  X: 20,
  Y: 21,
  W: 22,
  Z: 23,
  V: 24,
  U: 25,
  R: 27,
  P: 28,
  N: 29,
} as const;

export const S = {
  parts: 100,
  cylinder: 101,
  bearing: 102,
  engine: 103,
  machine: 200,
  assembly: 201,
  tank: 202,
  cab: 203,
  bulk: 301,
  vial: 302,
} as const;

/**
 * Cluster 1 装备 with chain 10 挖掘机 (零部件: 油缸/回转支承/发动机; 整机: 整机装配/油箱/驾驶室) and chain 20
 * 疫苗 (原液/包材). K is the local anchor (链主) buying from most segments.
 */
export function handWorkspace(): WorkspaceData {
  return {
    clusters: [{ id: 1, name: '装备', color: '#1677ff', sortOrder: 0, parks: [] }],
    chains: [
      { id: 10, clusterId: 1, name: '挖掘机', owner: null, description: null, sortOrder: 0 },
      { id: 20, clusterId: 1, name: '疫苗', owner: null, description: null, sortOrder: 1 },
    ],
    segments: [
      seg(S.parts, 10, null, '零部件'),
      seg(S.cylinder, 10, S.parts, '油缸'),
      seg(S.bearing, 10, S.parts, '回转支承'),
      seg(S.engine, 10, S.parts, '发动机'),
      seg(S.machine, 10, null, '整机', { stage: 'midstream' }),
      seg(S.assembly, 10, S.machine, '整机装配', { stage: 'midstream', targetCount: 1 }),
      seg(S.tank, 10, S.machine, '油箱', { stage: 'midstream' }),
      seg(S.cab, 10, S.machine, '驾驶室', { stage: 'midstream' }),
      seg(S.bulk, 20, null, '原液', { targetCount: 1 }),
      seg(S.vial, 20, null, '包材'),
    ],
    enterprises: [
      firm(F.A, 'A', true, { isAboveScale: true }),
      firm(F.B, 'B', true),
      firm(F.C, 'C', true, { isAboveScale: true }),
      firm(F.D, 'D', true),
      firm(F.E, 'E', true),
      firm(F.F, 'F', true, { tags: ['高新技术企业'] }),
      firm(F.K, 'K', true, { isAboveScale: true, tags: ['链主'] }),
      firm(F.M, 'M', true),
      firm(F.G, 'G', true, { isAboveScale: true }),
      firm(F.X, 'X', false, { tags: ['世界500强'] }),
      firm(F.Y, 'Y', false, { tags: ['上市'] }),
      firm(F.W, 'W', false),
      firm(F.Z, 'Z', false),
      firm(F.V, 'V', false),
      firm(F.U, 'U', false, { tags: ['专精特新'] }),
      firm(F.R, 'R', false, { tags: ['中国500强'] }),
      firm(F.P, 'P', false),
    ],
    mappings: [
      map(F.A, S.cylinder),
      map(F.B, S.cylinder),
      map(F.C, S.bearing),
      map(F.D, S.tank),
      map(F.E, S.tank),
      map(F.F, S.cab),
      map(F.K, S.assembly),
      map(F.G, S.bulk),
      map(F.X, S.bearing),
      map(F.X, S.engine),
      map(F.Y, S.bearing),
      map(F.W, S.engine),
      map(F.V, S.vial),
      map(F.U, S.bearing, 'uncertain'),
      map(F.M, S.cab, 'rejected'),
    ],
    links: [
      link(1, F.A, F.K, S.cylinder, 300),
      link(2, F.B, F.K, null, null), // B is mapped to 油缸 → attributed there
      link(3, F.X, F.K, S.bearing, 200),
      link(4, F.Y, F.K, S.bearing, 200),
      link(5, F.C, F.Z, S.bearing, 80), // outside buyer: not in any local rate
      link(6, F.X, F.K, S.engine, 100),
      link(7, F.W, F.K, null, null), // W mapped to 发动机
      link(8, F.W, F.M, null, 40),
      link(9, F.D, F.K, S.tank, 10),
      link(10, F.F, F.K, null, 30), // F mapped to 驾驶室
      link(11, F.V, F.G, S.vial, 50),
      link(12, F.U, F.M, S.bearing, null),
      link(13, F.Y, F.M, S.bearing, 20),
      link(14, F.R, F.M, S.bearing, null),
      link(15, F.Z, F.K, null, 60), // Z unmapped → chain of its buyer K
      link(16, F.P, F.A, null, null), // P unmapped → chain of A
    ],
    leads: [
      lead(1, { enterpriseId: F.V, targetName: 'V', segmentId: S.vial, stage: 'signed' }),
      lead(2, { enterpriseId: F.X, targetName: 'X', segmentId: S.engine, stage: 'contact' }),
    ],
  };
}
