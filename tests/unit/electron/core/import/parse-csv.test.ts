import { describe, expect, it } from 'vitest';

import { FileRejectedError } from '../../../../../electron/core/import/file-rejected.js';
import { LIMITS } from '../../../../../electron/core/import/limits.js';
import { parseCsv } from '../../../../../electron/core/import/parse-csv.js';

const rows = (text: string) => parseCsv(text, 's', { ...LIMITS }).rows;

describe('CSV parsing (text only)', () => {
  it('keeps every cell as the text written: formulas, long digit codes, leading zeros', () => {
    expect(rows('代码,值,公式\n913502000728319549,001234,=1+1\n')).toEqual([
      ['代码', '值', '公式'],
      ['913502000728319549', '001234', '=1+1'],
      [''],
    ]);
  });
  it('detects ; and tab delimiters and honours an Excel sep= line', () => {
    expect(rows('名称;代码\n甲;1\n')[1]).toEqual(['甲', '1']);
    expect(rows('名称\t代码\n甲\t1\n')[1]).toEqual(['甲', '1']);
    expect(rows('sep=|\n名称|代码\n甲,乙|1\n')[1]).toEqual(['甲,乙', '1']);
  });
  it('reads multi-line quoted cells and CR-only line ends, keeping blank lines so row numbers match', () => {
    expect(rows('名称,说明\r"甲","第一行\n第二行"\r\r乙,x\r')).toEqual([
      ['名称', '说明'],
      ['甲', '第一行\n第二行'],
      [''],
      ['乙', 'x'],
      [''],
    ]);
  });
  it('refuses an unbalanced quote with its row', () => {
    try {
      rows('名称,代码\n"甲,1\n乙,2\n');
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(FileRejectedError);
      expect((e as FileRejectedError).messageZh).toMatch(/第 \d+ 行引号不匹配/);
    }
  });
  it('marks a sheet over the row cap instead of cutting it silently', () => {
    const sheet = parseCsv('a,b\n1,2\n3,4\n5,6\n', 's', { ...LIMITS, maxRows: 3 });
    expect(sheet.truncated).toBe('rows');
    expect(sheet.rows).toHaveLength(3);
  });
});
