// Loader for the Willems (2008) supply-chain CSVs (see ../shared/data/README.md beside the checkout) and their mapping
// onto a ChainAtlas workspace. Test/bench support only: reads files with node:fs, returns plain data.
//
// API (kept small on purpose; the import benchmark reuses it):
//   willemsDir()                        folder holding NN.csv: $WILLEMS_DIR, else ../shared/data/willems-2008 beside the checkout
//                                       when present, else the small copies in tests/fixtures/willems-2008
//   loadWillemsChain(no, dir?)          → { chainNo, stages, arcs } parsed from NN.csv
//   parseWillemsCsv(text)               → { stages, arcs } from the CSV text (BOM-aware)
//   loadWillemsIndex(dir?)              → rows of index.csv (chain, company, SIC code/description)
//   willemsToWorkspaceData(no|chain, o) → WorkspaceData (shared/analysis/input.ts): one cluster, one chain,
//                                       one leaf segment per stage class, one enterprise per stage, one
//                                       supply link per arc; ~40 % of firms local by a seeded hash.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import Papa from 'papaparse';

import type { WorkspaceData } from '../../shared/domain/workspace-data.js';
import type {
  Enterprise,
  EnterpriseSegment,
  Segment,
  Stage,
  SupplyLink,
} from '../../shared/domain/schemas.js';

export const WILLEMS_CLASSES = ['Part', 'Manuf', 'Dist', 'Trans', 'Retail'] as const;
export type WillemsClass = (typeof WILLEMS_CLASSES)[number];

export type WillemsStage = {
  name: string;
  classification: WillemsClass;
  /** @stageCost — cost added at the stage; null when blank. */
  cost: number | null;
  /** @stageTime — processing time (days); null when blank. */
  time: number | null;
  avgDemand: number | null;
  relDepth: number | null;
  x: number | null;
  y: number | null;
};
/** An arc goes from the supplier stage to the buyer stage. */
export type WillemsArc = { from: string; to: string };
export type WillemsChain = { chainNo: number; stages: WillemsStage[]; arcs: WillemsArc[] };
export type WillemsIndexRow = {
  chain: number;
  company: number;
  sicCode: string;
  sicDescription: string;
};

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_DIR = join(here, '..', 'fixtures', 'willems-2008');
/** The full data set in the `shared/` folder beside the checkout (CI lays it there; a fresh clone may not have it). */
export const SHARED_DIR = join(here, '..', '..', '..', 'shared', 'data', 'willems-2008');

export function willemsDir(): string {
  const fromEnv = process.env['WILLEMS_DIR'];
  if (fromEnv) return fromEnv;
  return existsSync(join(SHARED_DIR, '01.csv')) ? SHARED_DIR : FIXTURE_DIR;
}

export const willemsFile = (chainNo: number, dir = willemsDir()): string =>
  join(dir, `${String(chainNo).padStart(2, '0')}.csv`);

const num = (v: string | undefined): number | null => {
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

const isClass = (v: string): v is WillemsClass =>
  (WILLEMS_CLASSES as readonly string[]).includes(v);

export function parseWillemsCsv(text: string): { stages: WillemsStage[]; arcs: WillemsArc[] } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Row 1 is the `/chain` marker; the header is row 2. Columns differ between files, so go by name.
  const body = clean.slice(clean.indexOf('\n') + 1);
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
  const stages: WillemsStage[] = [];
  const arcs: WillemsArc[] = [];
  for (const row of parsed.data) {
    const from = row['/arcs/arc/@from']?.trim();
    const to = row['/arcs/arc/@to']?.trim();
    if (from && to) arcs.push({ from, to });
    const name = row['/stages/stage/@stageName']?.trim();
    const cls = row['/stages/stage/@stageClassification']?.trim() ?? '';
    if (name && isClass(cls)) {
      stages.push({
        name,
        classification: cls,
        cost: num(row['/stages/stage/@stageCost']),
        time: num(row['/stages/stage/@stageTime']),
        avgDemand: num(row['/stages/stage/@avgDemand']),
        relDepth: num(row['/stages/stage/@relDepth']),
        x: num(row['/stages/stage/@xPos']),
        y: num(row['/stages/stage/@yPos']),
      });
    }
  }
  return { stages, arcs };
}

export function loadWillemsChain(chainNo: number, dir = willemsDir()): WillemsChain {
  return { chainNo, ...parseWillemsCsv(readFileSync(willemsFile(chainNo, dir), 'utf8')) };
}

export function loadWillemsIndex(dir = willemsDir()): WillemsIndexRow[] {
  const text = readFileSync(join(dir, 'index.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((r) => ({
    chain: Number(r[0]),
    company: Number(r[1]),
    sicCode: r[2] ?? '',
    sicDescription: r[3] ?? '',
  }));
}

const STAGE_OF: Record<WillemsClass, Stage> = {
  Part: 'upstream',
  Manuf: 'midstream',
  Dist: 'downstream',
  Trans: 'downstream',
  Retail: 'downstream',
};
const SEGMENT_NAME: Record<WillemsClass, string> = {
  Part: '零部件 Part',
  Manuf: '制造 Manuf',
  Dist: '分销 Dist',
  Trans: '运输 Trans',
  Retail: '零售 Retail',
};

/** FNV-1a of `seed:name`, so "is this firm local" is stable across runs and machines. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type WillemsMappingOptions = {
  /** Share of firms marked local (inside the zone); default 0.4. */
  localShare?: number;
  /** Seed of the local/规上 hash; default 'chainatlas'. */
  seed?: string;
  dir?: string;
};

/**
 * Maps a Willems chain onto workspace rows with ids starting at 1. Local = hash(seed:name) < localShare;
 * 规上 = a second hash < 0.5. A link's amount is the supplier stage's cost (万元) when present and > 0,
 * otherwise null, so amount-based rates have gaps as real data does. Arcs to unknown stages are dropped.
 */
export function willemsToWorkspaceData(
  chain: number | WillemsChain,
  options: WillemsMappingOptions = {},
): WorkspaceData {
  const data = typeof chain === 'number' ? loadWillemsChain(chain, options.dir) : chain;
  const localShare = options.localShare ?? 0.4;
  const seed = options.seed ?? 'chainatlas';
  const label = `Willems ${String(data.chainNo).padStart(2, '0')}`;
  const classes = WILLEMS_CLASSES.filter((c) => data.stages.some((s) => s.classification === c));
  const segments: Segment[] = classes.map((c, i) => ({
    id: i + 1,
    chainId: 1,
    parentId: null,
    name: SEGMENT_NAME[c],
    stage: STAGE_OF[c],
    isKey: c === 'Manuf',
    targetCount: null,
    sortOrder: i,
  }));
  const segmentOf = new Map(classes.map((c, i) => [c, i + 1]));
  const idOf = new Map<string, number>();
  const costOf = new Map<string, number | null>();
  const enterprises: Enterprise[] = [];
  const mappings: EnterpriseSegment[] = [];
  for (const s of data.stages) {
    if (idOf.has(s.name)) continue;
    const id = enterprises.length + 1;
    idOf.set(s.name, id);
    costOf.set(s.name, s.cost);
    const isLocal = stableHash(`${seed}:${s.name}`) / 2 ** 32 < localShare;
    enterprises.push({
      id,
      name: `${label} ${s.name}`,
      uscc: null,
      isLocal,
      province: isLocal ? '山东省' : null,
      city: isLocal ? '济宁市' : null,
      country: isLocal ? '中国' : null,
      park: null,
      grid: null,
      responsiblePerson: null,
      ownership: null,
      investorCountry: null,
      isAboveScale: stableHash(`${seed}:scale:${s.name}`) / 2 ** 32 < 0.5,
      tags: [],
      revenue: null,
      employees: null,
      founded: null,
      mainProducts: s.classification,
      status: 'operating',
      isDemo: false,
    });
    const segmentId = segmentOf.get(s.classification);
    if (segmentId !== undefined) {
      mappings.push({
        enterpriseId: id,
        segmentId,
        isPrimary: true,
        status: 'confirmed',
        evidence: null,
      });
    }
  }
  const links: SupplyLink[] = [];
  for (const a of data.arcs) {
    const supplierId = idOf.get(a.from);
    const buyerId = idOf.get(a.to);
    if (supplierId === undefined || buyerId === undefined || supplierId === buyerId) continue;
    const cost = costOf.get(a.from) ?? null;
    links.push({
      id: links.length + 1,
      supplierId,
      buyerId,
      product: null,
      segmentId: null,
      amount: cost !== null && cost > 0 ? cost : null,
      share: null,
      source: 'reported',
      yearFrom: null,
      yearTo: null,
    });
  }
  return {
    clusters: [{ id: 1, name: 'Willems 2008', color: '#1677ff', sortOrder: 0, parks: [] }],
    chains: [{ id: 1, clusterId: 1, name: label, owner: null, description: null, sortOrder: 0 }],
    segments,
    enterprises,
    mappings,
    links,
    leads: [],
  };
}
