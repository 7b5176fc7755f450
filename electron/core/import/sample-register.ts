// A made-up register (a firms sheet and a links sheet, the shape of a typical import) used only to
// warm up the reader and the planner before a user's file arrives; never written anywhere.

/** Enough rows for V8 to optimise the per-row loops, as a real register would. */
export const SAMPLE_FIRMS = 6000;

export type SampleSheets = { name: string; rows: (string | number)[][] }[];

export function sampleRegister(firms = SAMPLE_FIRMS): SampleSheets {
  const name = (i: number): string => `示例企业${String(i)}有限公司`;
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
