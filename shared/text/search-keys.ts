// What a firm can be found by, computed once per name: its name, its short name (without the company
// form and the bracketed place), its aliases, and the full pinyin and initials of each; and how well a
// typed query matches them, so exact and prefix matches on the name rank before mere containment.
import { nameKey } from '../spreadsheet/name-key.js';
import { toHalfWidth } from '../spreadsheet/normalize-cell.js';
import { pinyin } from 'pinyin-pro';

import { pinyinSortKey } from './pinyin.js';

export type SearchKeys = {
  /** Folded spellings: the name, the short name, each alias (and its short form). */
  texts: string[];
  /** Full pinyin and initials of each of those, lower case, without spaces. */
  pinyin: string[];
};

/** 0 exact, 1 prefix, 2 contained in a name, 3 contained in a pinyin form; lower ranks first. */
export type MatchRank = 0 | 1 | 2 | 3;

/** Half-width, lower case, no spaces: how both a name and a query are compared. */
export const foldQuery = (text: string): string =>
  toHalfWidth(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s·•・]+/g, '')
    .replace(/[（【[〔［]/g, '(')
    .replace(/[）】\]〕］]/g, ')');

/** The name without its company form and bracketed place: 小松（山东）工程机械有限公司 → 小松工程机械. */
export const shortName = (name: string): string => nameKey(name).replace(/\([^)]*\)/g, '');

export type NameKeys = SearchKeys & {
  /** Pinyin reading with other text kept, for 拼音 order ("xiao song (shan dong) ..."). */
  sortKey: string;
};

const memo = new Map<string, NameKeys>();
const MEMO_LIMIT = 200_000;
const HAN = /\p{Script=Han}/u;

// One pinyin-pro call per name (the slow part at 20,000 firms): the short name's pinyin is read
// from the same syllables, so polyphones keep the reading they have in the full name.
function computeKeys(name: string): NameKeys {
  const text = name.normalize('NFKC');
  const chars = Array.from(text); // code points: a Han character outside the BMP stays whole
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' });
  const han = chars.filter((c) => HAN.test(c));
  const aligned = han.length === syllables.length;
  const reading = new Map<string, string>();
  if (aligned) han.forEach((c, i) => reading.set(c, syllables[i]?.toLowerCase() ?? c));
  const forms = (t: string): string[] => {
    const syl = aligned
      ? Array.from(t)
          .filter((c) => HAN.test(c))
          .map((c) => reading.get(c) ?? c)
      : pinyin(t, { toneType: 'none', type: 'array', nonZh: 'removed' }).map((x) =>
          x.toLowerCase(),
        );
    if (syl.length === 0) return [];
    return [syl.join(''), syl.map((x) => x.charAt(0)).join('')];
  };
  const texts = unique([foldQuery(name), shortName(name)].filter((t) => t.length > 0));
  const tokens: string[] = [];
  let run = '';
  for (const c of chars) {
    const r = HAN.test(c) ? reading.get(c) : undefined;
    if (r === undefined) run += c;
    else {
      if (run.trim()) tokens.push(run.trim().toLowerCase());
      run = '';
      tokens.push(r);
    }
  }
  if (run.trim()) tokens.push(run.trim().toLowerCase());
  const sortKey = aligned ? tokens.join(' ') : pinyinSortKey(name);
  return { texts, pinyin: unique(texts.flatMap(forms)), sortKey };
}

/** The keys of one name, memoised: a re-read after a write recomputes only new or renamed firms. */
export function nameKeys(name: string): NameKeys {
  const hit = memo.get(name);
  if (hit) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const keys = computeKeys(name);
  memo.set(name, keys);
  return keys;
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

export function searchKeys(name: string, aliases: readonly string[] = []): SearchKeys {
  const own = nameKeys(name);
  if (aliases.length === 0) return own;
  const all = [own, ...aliases.map(nameKeys)];
  return {
    texts: unique(all.flatMap((k) => k.texts)),
    pinyin: unique(all.flatMap((k) => k.pinyin)),
  };
}

/**
 * How a folded query (see foldQuery) matches a firm's keys, or undefined. Pinyin forms are compared
 * only for latin queries of two letters or more, so "9135" (a USCC prefix) never matches pinyin.
 */
export function matchRank(keys: SearchKeys, query: string, latin: boolean): MatchRank | undefined {
  let best: MatchRank | undefined;
  for (const t of keys.texts) {
    if (t === query) return 0;
    const r = t.startsWith(query) ? 1 : t.includes(query) ? 2 : undefined;
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  if (!latin || best === 1) return best;
  for (const p of keys.pinyin) {
    if (p === query) return 0;
    const r = p.startsWith(query) ? 1 : p.includes(query) ? 3 : undefined;
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  return best;
}
