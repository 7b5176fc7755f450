// Formula-injection neutralising for exported cells (OWASP CSV injection table).
import { describe, expect, it } from 'vitest';

import { neutraliseText, sanitizeCell } from '../../../../shared/spreadsheet/sanitize-cell.js';

describe('sanitizeCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+86 123', "'+86 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\rabc', "'\rabc"],
    ['  =HYPERLINK("http://x")', '\'  =HYPERLINK("http://x")'],
    ['＝1+2', "'＝1+2"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\u3000=1', "'\u3000=1"],
    ['\n=1', "'\n=1"],
    ['\0abc', "'\0abc"],
  ])('neutralises %j', (input, want) => {
    expect(neutraliseText(input)).toBe(want);
  });

  it.each(['小松（中国）投资有限公司', 'A=B', '5-3', '', 'a\tb', 'x\n=1', '甲 @乙'])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseText(text)).toBe(text);
    },
  );

  it('never touches numbers', () => {
    expect(sanitizeCell(-5)).toBe(-5);
    expect(sanitizeCell(null)).toBeNull();
    expect(sanitizeCell('=1')).toBe("'=1");
  });
});
