// XML text and attribute escaping for the SVG writer. Firm names come from users' spreadsheets, so a
// name like `<script>` or `A & B` must stay text, and characters XML cannot hold must not break the
// file (resvg and Illustrator refuse the whole picture on one bad character).

// XML 1.0 allows tab, LF, CR and U+0020 upwards, minus lone surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe as element content and inside a double- or single-quoted attribute. */
export const escapeXml = (text: string): string =>
  text
    .replace(NOT_XML, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Numbers rounded to 0.01: enough for a 16,000-px picture, and keeps big files small. */
export const num = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};
