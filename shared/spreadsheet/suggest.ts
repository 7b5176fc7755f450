// "Did you mean" for names a row writes that the workspace does not have (锂电池 → 锂电池与储能):
// candidates that contain or are contained in the text, then by edit distance on the characters and
// on the toneless pinyin (catches 同音 typos such as 锂电 / 里电).
import { pinyinSearchForms } from '../text/pinyin.js';
import { foldKey } from './normalize-cell.js';

function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Distance scaled to the longer text: 0 same, 1 nothing in common. */
const relative = (a: string, b: string): number => distance(a, b) / Math.max(a.length, b.length, 1);

/** Up to `max` candidate names close to `text`, closest first; [] when none is close. */
export function suggest(text: string, candidates: readonly string[], max = 3): string[] {
  const key = foldKey(text);
  if (key === '') return [];
  const py = pinyinSearchForms(text).full;
  const scored: { name: string; score: number }[] = [];
  for (const name of new Set(candidates)) {
    const k = foldKey(name);
    if (k === key) continue;
    let score = Math.min(relative(key, k), py ? relative(py, pinyinSearchForms(name).full) : 1);
    if (k.includes(key) || key.includes(k)) score = Math.min(score, 0.2);
    if (score <= 0.5) scored.push({ name, score });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, 'zh'));
  return scored.slice(0, max).map((s) => s.name);
}

/** "，是否指：A、B？" / "; did you mean A, B?" or empty strings when there is nothing to suggest. */
export function didYouMean(names: readonly string[]): [string, string] {
  if (names.length === 0) return ['', ''];
  return [`，是否指：${names.join('、')}？`, `; did you mean ${names.join(', ')}?`];
}

/** Distinct unknown names a plan looks up at most: each compares against every known firm. */
const MAX_FIRM_LOOKUPS = 100;

/**
 * "Did you mean" for firm names (a link row naming a firm neither the files nor the workspace
 * have): compared on the name key (company-form suffixes folded away, so 有限公司 alone makes no
 * two names close) and on its pinyin, each candidate's forms computed once. After
 * MAX_FIRM_LOOKUPS distinct names it answers [] (a file of unknown firms must stay fast).
 */
export function firmSuggester(
  names: () => readonly string[],
  keyOf: (name: string) => string,
  max = 3,
): (text: string) => string[] {
  let index: { name: string; key: string; py?: string }[] | null = null;
  const answers = new Map<string, string[]>();
  return (text) => {
    const key = keyOf(text);
    const known = answers.get(key);
    if (known) return known;
    if (key === '' || answers.size >= MAX_FIRM_LOOKUPS) return [];
    index ??= [...new Set(names())].map((name) => ({ name, key: keyOf(name) }));
    const py = pinyinSearchForms(key).full;
    const scored: { name: string; score: number }[] = [];
    for (const c of index) {
      if (c.key === key || c.key === '') continue;
      // Keys of very different lengths are never close: skip the distance (and the pinyin).
      if (Math.abs(c.key.length - key.length) > Math.max(c.key.length, key.length) / 2) continue;
      let score = relative(key, c.key);
      if (score > 0.25 && py) {
        c.py ??= pinyinSearchForms(c.key).full;
        score = Math.min(score, relative(py, c.py));
      }
      if (c.key.includes(key) || key.includes(c.key)) score = Math.min(score, 0.2);
      if (score <= 0.4) scored.push({ name: c.name, score });
    }
    scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, 'zh'));
    const out = [...new Set(scored.map((s) => s.name))].slice(0, max);
    answers.set(key, out);
    return out;
  };
}
