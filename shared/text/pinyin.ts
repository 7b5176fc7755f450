// Pinyin keys for Chinese names: staff expect lists in 拼音 order (安徽… before 北京…, not code-point
// order) and type initials ("xs" for 小松) to find a firm. pinyin-pro handles polyphones in context.
import { pinyin } from 'pinyin-pro';

/** Lower-case toneless pinyin, syllables joined by spaces; other characters kept as they are. */
export function pinyinSortKey(name: string): string {
  return pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join(' ')
    .toLowerCase();
}

/** Compact forms a user may type: full pinyin without spaces and the initials ("xiaosong", "xs"). */
export function pinyinSearchForms(name: string): { full: string; initials: string } {
  const syllables = pinyin(name.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'removed',
  });
  return {
    full: syllables.join('').toLowerCase(),
    initials: syllables
      .map((s) => s.charAt(0))
      .join('')
      .toLowerCase(),
  };
}

/** A query worth matching against pinyin: at least two latin letters and nothing else. */
export const isPinyinQuery = (q: string): boolean => /^[a-z]{2,}$/i.test(q.trim());
