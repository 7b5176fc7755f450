// Tags that mean a flag: registers write 规上, 规模以上企业, 高新, 国家级专精特新"小巨人"… in a tags
// column. Each is stored under the one spelling the analysis, filters and export read, and 规上 also
// sets the isAboveScale flag, so a firm tagged 规上 counts as 规上 everywhere.
import { foldKey } from './normalize-cell.js';

/** Canonical tag → the variants users write (compared after folding width, case and quotes). */
const CANONICAL: readonly [string, readonly string[]][] = [
  ['规上', ['规上', '规上企业', '规模以上', '规模以上企业', '规上工业企业', '规模以上工业企业']],
  [
    '高新技术企业',
    ['高新技术企业', '高新', '高新企业', '高企', '国家高新技术企业', '国家级高新技术企业'],
  ],
  // 小巨人 on its own is a spelling the analysis already reads (and the demo stores); it stays as is.
  [
    '专精特新小巨人',
    ['专精特新小巨人', '专精特新小巨人企业', '国家级专精特新小巨人', '国家专精特新小巨人'],
  ],
  ['专精特新', ['专精特新', '专精特新企业', '省级专精特新', '专精特新中小企业', '省专精特新']],
  ['链主', ['链主', '链主企业']],
  ['世界500强', ['世界500强', '世界五百强', '世界500强企业', 'fortune500', 'fortuneglobal500']],
  ['中国500强', ['中国500强', '中国五百强', '中国企业500强']],
  ['上市', ['上市', '上市公司', '上市企业']],
];

// Quotes and spaces vary (专精特新“小巨人”, 专精特新 小巨人); they never carry meaning here.
const squeeze = (t: string): string => foldKey(t).replace(/[\s"'“”‘’「」『』《》-]/g, '');

const LOOKUP = new Map<string, string>(
  CANONICAL.flatMap(([canon, words]) => words.map((w) => [squeeze(w), canon] as const)),
);

/** The spelling the workspace stores for a tag (a known variant → its canonical form). */
export const canonicalTag = (tag: string): string => LOOKUP.get(squeeze(tag)) ?? tag.trim();

/** Tags canonicalised, blanks and repeats removed, order kept. */
export function canonicalTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const c = canonicalTag(t);
    if (c !== '' && !out.includes(c)) out.push(c);
  }
  return out;
}

/** True when the tags say the firm is 规模以上 (the isAboveScale flag). */
export const tagsSayAboveScale = (tags: readonly string[]): boolean =>
  tags.some((t) => canonicalTag(t) === '规上');
