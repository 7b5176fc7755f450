// A small excavator chain for the chain-map tests: three stages, a nested segment, local, outside,
// anchor, uncertain, rejected and multi-segment firms, and links in and out of the chain.
import { makeEnterprise } from '../../../../shared/domain/defaults.js';
import type {
  Enterprise,
  EnterpriseSegment,
  Segment,
  SupplyLink,
} from '../../../../shared/domain/schemas.js';
import type { GraphData } from '../../../../shared/ipc/contract.js';

const segment = (
  id: number,
  name: string,
  stage: Segment['stage'],
  extra: Partial<Segment> = {},
): Segment => ({
  id,
  chainId: 1,
  parentId: null,
  name,
  stage,
  isKey: false,
  targetCount: null,
  sortOrder: id,
  ...extra,
});

const firm = (id: number, name: string, isLocal: boolean, tags: string[] = []): Enterprise =>
  makeEnterprise(id, name, { isLocal, tags, isDemo: true });

const map = (
  enterpriseId: number,
  segmentId: number,
  extra: Partial<EnterpriseSegment> = {},
): EnterpriseSegment => ({
  enterpriseId,
  segmentId,
  isPrimary: false,
  status: 'confirmed',
  evidence: null,
  ...extra,
});

const link = (id: number, supplierId: number, buyerId: number, product: string): SupplyLink => ({
  id,
  supplierId,
  buyerId,
  product,
  segmentId: null,
  amount: 100,
  share: null,
  source: 'verified',
  yearFrom: null,
  yearTo: null,
});

export const SEG = {
  parts: 10,
  cylinder: 11,
  cab: 12,
  steel: 13,
  assembly: 20,
  controls: 21,
  dealer: 30,
  recycling: 31,
} as const;

export const FIRM = {
  komatsu: 1,
  cylinderLocal: 2,
  cylinderOutside: 3,
  cab: 4,
  dealer: 5,
  rejected: 6,
  uncertain: 7,
} as const;

export function excavatorChain(): GraphData {
  return {
    clusters: [{ id: 1, name: '高端装备', color: '#1677ff', sortOrder: 1, parks: [] }],
    chains: [
      { id: 1, clusterId: 1, name: '工程机械', owner: null, description: null, sortOrder: 1 },
    ],
    segments: [
      segment(SEG.parts, '核心零部件', 'upstream', { isKey: true }),
      segment(SEG.cylinder, '油缸', 'upstream', { parentId: SEG.parts, isKey: true }),
      segment(SEG.cab, '驾驶室', 'upstream', { parentId: SEG.parts }),
      segment(SEG.steel, '钢材', 'upstream'),
      segment(SEG.assembly, '整机装配', 'midstream', { isKey: true }),
      segment(SEG.controls, '电控系统', 'midstream'),
      segment(SEG.dealer, '销售服务', 'downstream'),
      segment(SEG.recycling, '再制造', 'downstream'),
    ],
    enterprises: [
      firm(FIRM.komatsu, '小松（山东）工程机械有限公司', true, ['链主', '外资']),
      firm(FIRM.cylinderLocal, '济宁大和油缸有限公司', true),
      firm(FIRM.cylinderOutside, '江苏恒立液压股份有限公司', false, ['上市']),
      firm(FIRM.cab, '济宁樱井驾驶室有限公司', true),
      firm(FIRM.dealer, '山东鲁松工程机械销售服务有限公司', true),
      firm(FIRM.rejected, '被排除的企业有限公司', false),
      firm(FIRM.uncertain, '待确认电控有限公司', true),
    ],
    mappings: [
      map(FIRM.komatsu, SEG.assembly, { isPrimary: true }),
      map(FIRM.komatsu, SEG.dealer), // a second mapping: drawn once, in the primary segment
      map(FIRM.cylinderLocal, SEG.cylinder, { isPrimary: true }),
      map(FIRM.cylinderOutside, SEG.cylinder, { isPrimary: true }),
      map(FIRM.cab, SEG.cab, { isPrimary: true }),
      map(FIRM.dealer, SEG.dealer, { isPrimary: true }),
      map(FIRM.rejected, SEG.steel, { status: 'rejected' }),
      map(FIRM.uncertain, SEG.controls, { status: 'uncertain' }),
    ],
    links: [
      link(1, FIRM.cylinderLocal, FIRM.komatsu, '动臂油缸'),
      link(2, FIRM.cylinderOutside, FIRM.komatsu, '斗杆油缸'),
      link(3, FIRM.cab, FIRM.komatsu, '驾驶室'),
      link(4, FIRM.komatsu, FIRM.dealer, '挖掘机'),
      link(5, FIRM.rejected, FIRM.komatsu, '钢板'), // the supplier is not drawn: no edge
    ],
  };
}

export const LABELS = { stage: { upstream: '上游', midstream: '中游', downstream: '下游' } };

/** The same chain with 24 more upstream segments (some holding a firm), long enough to wrap into columns. */
export function longChain(): GraphData {
  const data = excavatorChain();
  const extra = Array.from({ length: 24 }, (_, i) =>
    segment(100 + i, `环节${String(i)}`, 'upstream'),
  );
  const firms = Array.from({ length: 12 }, (_, i) =>
    firm(200 + i, `配套企业${String(i)}有限公司`, i % 2 === 0),
  );
  return {
    ...data,
    segments: [...data.segments, ...extra],
    enterprises: [...data.enterprises, ...firms],
    mappings: [
      ...data.mappings,
      ...firms.map((f, i) => map(f.id, 100 + i * 2, { isPrimary: true })),
    ],
  };
}
