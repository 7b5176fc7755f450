// Made-up registers (a firms sheet and a links sheet, the shapes of typical imports) used only to
// warm up the reader and the planner before a user's file arrives; never written anywhere.
import { withUsccCheckChar } from '../../../shared/domain/uscc.js';

/** Enough rows for V8 to optimise the per-row loops, as a real register would. */
export const SAMPLE_FIRMS = 6000;

export type SampleSheets = { name: string; rows: (string | number | null)[][] }[];

const name = (i: number): string => `示例企业${String(i)}有限公司`;

/** Figures and tags: 是否本地, 营业收入, 标签; links with an amount. */
export function sampleRegister(firms = SAMPLE_FIRMS): SampleSheets {
  const firmRows: (string | number)[][] = [['企业名称', '是否本地', '营业收入（万元）', '标签']];
  const linkRows: (string | number)[][] = [['供应方', '采购方', '年供货额（万元）']];
  for (let i = 0; i < firms; i++) {
    firmRows.push([
      name(i),
      i % 3 === 0 ? '是' : '否',
      i * 1.5,
      i % 10 === 0 ? '高新技术企业' : '',
    ]);
    linkRows.push([name(i), name((i * 7 + 1) % firms), i]);
  }
  return [
    { name: '企业', rows: firmRows },
    { name: '供应关系', rows: linkRows },
  ];
}

/** Text only, with blanks: USCC, 是否本地, 主营产品; links naming a product or not. */
export function sampleTextRegister(firms = SAMPLE_FIRMS): SampleSheets {
  const firmRows: (string | null)[][] = [['企业名称', '统一社会信用代码', '是否本地', '主营产品']];
  const linkRows: (string | null)[][] = [['供应方', '采购方', '产品']];
  for (let i = 0; i < firms; i++) {
    firmRows.push([
      name(i),
      i % 4 === 0 ? null : withUsccCheckChar(`91370800${String(i).padStart(9, '0')}`),
      i % 2 === 0 ? '是' : '否',
      i % 5 === 0 ? null : `零件${String(i % 40)}`,
    ]);
    linkRows.push([
      name(i),
      name((i * 11 + 3) % firms),
      i % 3 === 0 ? `零件${String(i % 40)}` : null,
    ]);
  }
  return [
    { name: '企业名录', rows: firmRows },
    { name: '供应链', rows: linkRows },
  ];
}
