// Builds import workbooks for tests and the benchmark: a Willems (2008) chain as an enterprises
// sheet + a links sheet, and a synthetic register of N firms and M links. Written with SheetJS CE.
import * as XLSX from '@e965/xlsx';

import { withUsccCheckChar } from '../../shared/domain/uscc.js';
import { loadWillemsChain, stableHash, type WillemsChain } from './willems.js';

const book = (sheets: Record<string, (string | number | null)[][]>): Buffer => {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
};

/** Enterprises (one per stage) and supply links (one per arc, duplicates and self-arcs kept as the data has them). */
export function willemsSheets(chain: number | WillemsChain): {
  firms: number;
  links: number;
  rows: Record<string, (string | number | null)[][]>;
} {
  const data = typeof chain === 'number' ? loadWillemsChain(chain) : chain;
  const label = `W${String(data.chainNo).padStart(2, '0')}`;
  const names = [...new Set(data.stages.map((s) => s.name))];
  const firmRows = names.map((n) => [
    `${label}-${n}`,
    stableHash(`local:${n}`) % 10 < 4 ? '是' : '否',
    data.stages.find((s) => s.name === n)?.classification ?? null,
  ]);
  const known = new Set(names);
  const arcs = data.arcs.filter((a) => known.has(a.from) && known.has(a.to) && a.from !== a.to);
  const linkRows = arcs.map((a) => [`${label}-${a.from}`, `${label}-${a.to}`]);
  return {
    firms: names.length,
    links: new Set(arcs.map((a) => `${a.from}>${a.to}`)).size,
    rows: {
      企业: [['企业名称', '是否本地', '主营产品'], ...firmRows],
      供应关系: [['供应方', '采购方'], ...linkRows],
    },
  };
}

export const willemsWorkbook = (chain: number | WillemsChain): Buffer =>
  book(willemsSheets(chain).rows);

/** N firms with valid USCCs and M distinct links between them (deterministic). */
export function syntheticWorkbook(firms: number, links: number): Buffer {
  const firmRows: (string | number | null)[][] = [
    ['企业名称', '统一社会信用代码', '是否本地', '营业收入（万元）', '标签'],
  ];
  for (let i = 0; i < firms; i++) {
    const body = `91370800${String(i).padStart(9, '0')}`;
    firmRows.push([
      `合成企业${String(i).padStart(6, '0')}有限公司`,
      withUsccCheckChar(body),
      i % 3 === 0 ? '是' : '否',
      (i % 97) * 10,
      i % 50 === 0 ? '规上、高新技术企业' : null,
    ]);
  }
  const linkRows: (string | number | null)[][] = [['供应方', '采购方', '产品', '年供货额（万元）']];
  const seen = new Set<string>();
  for (let k = 0; linkRows.length <= links; k++) {
    const s = stableHash(`s${k}`) % firms;
    const b = stableHash(`b${k}`) % firms;
    if (s === b || seen.has(`${s}>${b}`)) continue;
    seen.add(`${s}>${b}`);
    linkRows.push([
      `合成企业${String(s).padStart(6, '0')}有限公司`,
      `合成企业${String(b).padStart(6, '0')}有限公司`,
      `零件${k % 40}`,
      k % 500,
    ]);
  }
  return book({ 企业: firmRows, 供应关系: linkRows });
}
