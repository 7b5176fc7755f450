// The shapes of the built-in demo workspace as plain data (keys instead of ids), plus the small
// builders that fill in defaults. seed-demo.ts turns these into rows; nothing here touches SQLite.
import type {
  Enterprise,
  LeadStage,
  LinkSource,
  Ownership,
  Stage,
} from '../../../shared/domain/schemas.js';
import { withUsccCheckChar } from '../../../shared/domain/uscc.js';

export type DemoSegment = {
  key: string;
  name: string;
  stage: Stage;
  isKey?: boolean;
  /** Local firms needed for 强链; omitted means the workspace default (2). */
  target?: number;
  children?: DemoSegment[];
};

export type DemoChain = {
  name: string;
  owner: string | null;
  description: string;
  segments: DemoSegment[];
};

export type DemoCluster = {
  name: string;
  color: string;
  parks: string[];
  chains: DemoChain[];
};

export type DemoFirm = Omit<Enterprise, 'id' | 'isDemo'> & {
  key: string;
  /** Segment keys with a confirmed 挂链; the first is the primary one. */
  segments: string[];
  /** Segment keys with an uncertain 挂链 (do not count for gap analysis). */
  uncertain: string[];
};

export type DemoLink = {
  from: string;
  to: string;
  product: string;
  segment: string | null;
  /** 年供货额, 万元 */
  amount: number | null;
  share?: number;
  source: LinkSource;
  years?: [number, number | null];
};

export type DemoLead = {
  firm: string | null;
  targetName: string;
  segment: string;
  stage: LeadStage;
  owner: string;
  nextStep: string | null;
  nextDate: string | null;
  notes: string | null;
};

type FirmInput = Partial<Omit<DemoFirm, 'key' | 'name' | 'uscc' | 'isLocal'>> & {
  /** 9-character organisation part; the region prefix and check character are added here. */
  code?: string;
  /** Region code (行政区划) for the USCC; 370800 is Jining city. */
  region?: string;
};

/** The check character is computed, so every demo USCC passes GB 32100-2015 validation. */
export const demoUscc = (region: string, code: string): string =>
  withUsccCheckChar(`91${region}${code}`);

function withDerivedTags(
  tags: string[],
  isAboveScale: boolean,
  ownership: Ownership | null,
): string[] {
  const all = [...tags];
  if (isAboveScale && !all.includes('规上')) all.push('规上');
  if ((ownership === 'foreign' || ownership === 'jointVenture') && !all.includes('外资')) {
    all.push('外资');
  }
  return all;
}

function build(key: string, name: string, isLocal: boolean, f: FirmInput): DemoFirm {
  const ownership = f.ownership ?? null;
  const isAboveScale = f.isAboveScale ?? false;
  return {
    key,
    name,
    uscc: f.code ? demoUscc(f.region ?? '370800', f.code) : null,
    isLocal,
    province: f.province ?? null,
    city: f.city ?? null,
    country: f.country ?? '中国',
    park: f.park ?? null,
    grid: f.grid ?? null,
    responsiblePerson: f.responsiblePerson ?? null,
    ownership,
    investorCountry: f.investorCountry ?? null,
    isAboveScale,
    tags: withDerivedTags(f.tags ?? [], isAboveScale, ownership),
    revenue: f.revenue ?? null,
    employees: f.employees ?? null,
    founded: f.founded ?? null,
    mainProducts: f.mainProducts ?? null,
    status: f.status ?? 'operating',
    segments: f.segments ?? [],
    uncertain: f.uncertain ?? [],
  };
}

/** A firm inside the zone (济宁高新区). */
export const local = (key: string, name: string, f: FirmInput): DemoFirm =>
  build(key, name, true, { province: '山东省', city: '济宁市', ownership: 'private', ...f });

/** A firm outside the zone: elsewhere in China or abroad. */
export const outside = (key: string, name: string, f: FirmInput): DemoFirm =>
  build(key, name, false, f);
