// Text width estimates without a DOM or a font file: CJK glyphs are one em wide, Latin letters and
// digits about 0.58 em. Deterministic, so layouts are identical on screen, in the CLI and in exports;
// the estimate leans wide so real text never overflows its box.

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2600-\u27bf]/;

export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.33 : 0.6;
  return em * size;
}

/** The longest prefix of `text` (plus '…') that fits `width` at `size`; the text itself if it fits. */
export function fitText(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}…`, size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${chars.slice(0, lo).join('')}…`;
}

const LEGAL_SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团公司|公司)$/;
const CITY_IN_BRACKETS = /[（(][^）)]{1,6}[）)]/g;

/** 捷马（济宁）矿山支护设备制造有限公司 → 捷马矿山支护设备制造: what fits on a chip; panels show the full name. */
export function shortFirmName(name: string): string {
  const short = name.replace(CITY_IN_BRACKETS, '').replace(LEGAL_SUFFIX, '').trim();
  return short.length > 0 ? short : name;
}
