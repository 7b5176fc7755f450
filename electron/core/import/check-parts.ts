// A zip part cut short is read by SheetJS as an empty or shorter sheet without a word (its XML is
// matched by patterns, not validated). Every XML part of an xlsx/ods must end with its closing tag;
// a worksheet that does not is named by its sheet name, found through the workbook's relationships.
import { reject, type FileRejectedError } from './file-rejected.js';
import type { ZipSummary } from './zip-gate.js';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const ROOT_END: [RegExp, RegExp][] = [
  [WORKSHEET, /<\/([\w.-]+:)?worksheet>$/],
  [/^content\.xml$/, /<\/office:document-content>$/],
];

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** Part path (xl/worksheets/sheet2.xml) → sheet name, from xl/workbook.xml and its .rels. */
export function sheetNamesByPart(zip: ZipSummary): Map<string, string> {
  const out = new Map<string, string>();
  const book = zip.kept.get('xl/workbook.xml');
  const rels = zip.kept.get('xl/_rels/workbook.xml.rels');
  if (!book || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<([\w.-]+:)?Relationship\s[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) {
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      targets.set(id, path.replace(/\/\.\//g, '/'));
    }
  }
  for (const m of book.matchAll(/<([\w.-]+:)?sheet\s[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], '[\\w.-]+:id');
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.set(path, unescapeXml(name));
  }
  return out;
}

/** The first XML part whose end is missing, as a refusal naming its sheet where it is one. */
export function truncatedPart(zip: ZipSummary): FileRejectedError | null {
  for (const [part, rawTail] of zip.tails) {
    const tail = rawTail.replace(/[\s\0]+$/, '');
    const rule = ROOT_END.find(([path]) => path.test(part))?.[1];
    if (rule ? rule.test(tail) : tail === '' || tail.endsWith('>')) continue;
    const sheet = WORKSHEET.test(part) ? sheetNamesByPart(zip).get(part) : undefined;
    return sheet !== undefined
      ? reject(
          'UNREADABLE_SHEET',
          `工作表“${sheet}”的内容不完整（文件已损坏，可能未保存完或传输中断），整个文件不予导入`,
          `sheet "${sheet}" is incomplete (the file is damaged: perhaps not fully saved or copied), so nothing from this file is imported`,
        )
      : reject(
          'CORRUPT',
          `文件已损坏：其中的 ${part} 不完整（可能未保存完或传输中断）`,
          `the file is damaged: its part ${part} is incomplete (perhaps not fully saved or copied)`,
        );
  }
  return null;
}
