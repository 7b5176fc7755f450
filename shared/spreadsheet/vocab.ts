// Words users write for the workspace's enumerations (企业性质, 状态, 位置, 来源, 线索阶段), both ways:
// parsing accepts the variants, export writes the first Chinese word so a round trip is exact.
import type {
  EnterpriseStatus,
  LeadStage,
  LinkSource,
  Ownership,
  Stage,
} from '../domain/schemas.js';
import { foldKey } from './normalize-cell.js';

type Vocab<T extends string> = Record<T, readonly string[]>;

export const OWNERSHIP_WORDS: Vocab<Ownership> = {
  state: ['国企', '国有', '国有企业', '央企', '地方国企', '国有控股', 'state', 'soe'],
  private: ['民营', '民营企业', '私营', '民企', '个体', 'private'],
  foreign: ['外资', '外商独资', '外资企业', '独资', '外企', 'foreign'],
  jointVenture: ['合资', '中外合资', '合资企业', '中外合作', 'joint venture', 'jv'],
  other: ['其他', '其它', 'other'],
};

export const STATUS_WORDS: Vocab<EnterpriseStatus> = {
  operating: ['在营', '存续', '开业', '正常', '在业', '运营', 'operating'],
  building: ['在建', '建设中', '筹建', 'building'],
  signed: ['签约', '已签约', 'signed'],
  prospect: ['线索', '拟引进', '潜在', 'prospect'],
};

export const STAGE_WORDS: Vocab<Stage> = {
  upstream: ['上游', 'upstream', 'up'],
  midstream: ['中游', 'midstream', 'mid'],
  downstream: ['下游', 'downstream', 'down'],
};

export const LINK_SOURCE_WORDS: Vocab<LinkSource> = {
  verified: ['核实', '已核实', '核实确认', 'verified'],
  reported: ['上报', '填报', '企业上报', '报送', 'reported'],
  inferred: ['推断', '推测', '估计', 'inferred'],
};

export const LEAD_STAGE_WORDS: Vocab<LeadStage> = {
  lead: ['新线索', '线索', 'lead'],
  contact: ['接洽', '洽谈', 'contact'],
  visit: ['考察', '实地考察', 'visit'],
  signed: ['签约', '已签约', 'signed'],
  landed: ['落地', '已落地', '投产', 'landed'],
};

/** The enumeration value a word names, or undefined. */
export function fromWord<T extends string>(vocab: Vocab<T>, text: string): T | undefined {
  const key = foldKey(text);
  for (const [value, words] of Object.entries(vocab) as [T, readonly string[]][]) {
    if (words.some((w) => foldKey(w) === key)) return value;
  }
  return undefined;
}

/** The word export writes for a value. */
export function toWord<T extends string>(vocab: Vocab<T>, value: T): string {
  return vocab[value][0] ?? value;
}

/** "上游/中游/下游" for messages. */
export const choices = <T extends string>(vocab: Vocab<T>): string =>
  Object.values<readonly string[]>(vocab)
    .map((w) => w[0])
    .join('/');
