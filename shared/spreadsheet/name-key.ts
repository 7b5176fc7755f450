// The key two firm names are matched on: full/half width, brackets （）/(), spaces and the common
// company-form suffixes folded away. The original text is always kept for display.
import { cleanText, toHalfWidth } from './normalize-cell.js';

// Longest first, so 股份有限公司 is removed before 有限公司 can leave "股份" behind.
const SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '集团公司',
  '股份公司',
  '总公司',
  '分公司',
  '公司',
  'co.,ltd.',
  'co.,ltd',
  'co.ltd.',
  'co.ltd',
  'company limited',
  'corporation',
  'limited',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corp.',
  'corp',
  'gmbh',
  'llc',
  'plc',
];

// Link sheets name the same firms over and over; a bounded memo keeps 100,000-row imports fast.
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/** e.g. "捷马（济宁）矿山支护设备制造有限公司" and "捷马(济宁)矿山支护设备制造有限责任公司 " share a key. */
export function nameKey(name: string): string {
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const key = computeNameKey(name);
  memo.set(name, key);
  return key;
}

function computeNameKey(name: string): string {
  let key = toHalfWidth(cleanText(name))
    .toLowerCase()
    .replace(/[【[〔［]/g, '(')
    .replace(/[】\]〕］]/g, ')')
    .replace(/[\s·•・]+/g, '');
  // Repeat: "××有限公司(集团)" style endings may hide one suffix behind another.
  for (let changed = true; changed;) {
    changed = false;
    for (const s of SUFFIXES) {
      if (key.length > s.length && key.endsWith(s)) {
        key = key.slice(0, -s.length).replace(/[,.]+$/, '');
        changed = true;
        break;
      }
    }
  }
  return key;
}
