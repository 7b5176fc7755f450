// Which workspace firm an enterprise row means: USCC first, then the normalised name, then a name
// the firm was known by (alias). A row that only *may* be an existing firm (same name with another
// USCC, or the firm's short name) is not merged and not silently added: it asks for a decision.
import type { Enterprise } from '../domain/schemas.js';
import { nameKey } from './name-key.js';
import type { MatchCandidate, MatchDecisions, MatchReason } from './plan-types.js';

export type FirmIndex = {
  byUscc: Map<string, Enterprise>;
  byName: Map<string, Enterprise[]>;
  byAlias: Map<string, Enterprise[]>;
  byShort: Map<string, Enterprise[]>;
};

/** The name without its company form and bracketed place: 小松（山东）工程机械有限公司 → 小松工程机械. */
export const shortKey = (name: string): string => nameKey(name).replace(/\([^)]*\)/g, '');

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const list = m.get(k);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else m.set(k, [v]);
};

export function indexFirms(
  firms: readonly Enterprise[],
  aliases: readonly { enterpriseId: number; alias: string }[] = [],
): FirmIndex {
  const ix: FirmIndex = {
    byUscc: new Map(),
    byName: new Map(),
    byAlias: new Map(),
    byShort: new Map(),
  };
  const byId = new Map(firms.map((f) => [f.id, f]));
  for (const f of firms) {
    if (f.uscc) ix.byUscc.set(f.uscc, f);
    push(ix.byName, nameKey(f.name), f);
    const s = shortKey(f.name);
    if (s.length >= 2) push(ix.byShort, s, f);
  }
  for (const a of aliases) {
    const f = byId.get(a.enterpriseId);
    if (f) push(ix.byAlias, nameKey(a.alias), f);
  }
  return ix;
}

export type FirmMatch =
  | { kind: 'matched'; firm: Enterprise; via: 'uscc' | 'name' | 'alias' | 'decision' }
  | { kind: 'new' }
  | { kind: 'several'; key: string; candidates: Enterprise[] }
  /** Not merged; added as a new firm if the warning is accepted without an answer. */
  | { kind: 'possibleDuplicate'; key: string; candidates: MatchCandidate[] };

/** The decision key of a possible duplicate: its USCC when it has one, else its name key. */
export const duplicateKey = (name: string, uscc: string | null): string =>
  uscc ? `dup:${uscc}` : `dup:${nameKey(name)}`;

const candidate = (f: Enterprise, reason: MatchReason): MatchCandidate => ({
  id: f.id,
  name: f.name,
  uscc: f.uscc,
  reason,
});

/** Two firms whose USCCs are both known and differ are different legal persons. */
const conflicts = (f: Enterprise, uscc: string | null): boolean =>
  uscc !== null && f.uscc !== null && f.uscc !== uscc;

export function matchFirm(
  name: string,
  uscc: string | null,
  ix: FirmIndex,
  decisions: MatchDecisions,
): FirmMatch {
  if (uscc) {
    const byUscc = ix.byUscc.get(uscc);
    if (byUscc) return { kind: 'matched', firm: byUscc, via: 'uscc' };
  }
  const key = nameKey(name);
  const sameName = ix.byName.get(key) ?? [];
  const compatible = sameName.filter((f) => !conflicts(f, uscc));
  const decided = decisions[key];
  if (decided === 'new' && compatible.length > 1) return { kind: 'new' };
  if (typeof decided === 'number') {
    const f = compatible.find((e) => e.id === decided);
    if (f) return { kind: 'matched', firm: f, via: 'decision' };
  }
  if (compatible.length === 1 && compatible[0])
    return { kind: 'matched', firm: compatible[0], via: 'name' };
  if (compatible.length > 1) return { kind: 'several', key, candidates: compatible };

  const dupKey = duplicateKey(name, uscc);
  const answer = decisions[dupKey];
  const ask = (cands: MatchCandidate[]): FirmMatch => {
    if (answer === 'new') return { kind: 'new' };
    const chosen = typeof answer === 'number' ? cands.find((c) => c.id === answer) : undefined;
    const firm =
      chosen &&
      [...sameName, ...(ix.byAlias.get(key) ?? []), ...(ix.byShort.get(shortKey(name)) ?? [])].find(
        (f) => f.id === chosen.id,
      );
    if (firm) return { kind: 'matched', firm, via: 'decision' };
    return { kind: 'possibleDuplicate', key: dupKey, candidates: cands };
  };
  // Same normalised name, another valid USCC: maybe a re-registered firm, maybe a namesake.
  if (sameName.length > 0) return ask(sameName.map((f) => candidate(f, 'sameNameOtherUscc')));
  const aliased = ix.byAlias.get(key) ?? [];
  const aliasOk = aliased.filter((f) => !conflicts(f, uscc));
  if (aliasOk.length === 1 && aliasOk[0])
    return { kind: 'matched', firm: aliasOk[0], via: 'alias' };
  if (aliased.length > 0) return ask(aliased.map((f) => candidate(f, 'alias')));
  const s = shortKey(name);
  const short = s.length >= 2 ? (ix.byShort.get(s) ?? []).filter((f) => !conflicts(f, uscc)) : [];
  if (short.length > 0) return ask(short.map((f) => candidate(f, 'shortName')));
  return { kind: 'new' };
}
