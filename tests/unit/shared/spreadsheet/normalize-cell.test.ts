import { describe, expect, it } from 'vitest';

import {
  cellText,
  cleanText,
  columnLetter,
  foldKey,
  toHalfWidth,
} from '../../../../shared/spreadsheet/normalize-cell.js';

describe('cell normalisation', () => {
  it('turns full-width letters, digits and brackets into half-width', () => {
    expect(toHalfWidth('ＡＢＣ１２３（济宁）')).toBe('ABC123(济宁)');
  });
  it('trims stray spaces incl. U+3000, NBSP and zero-width, and collapses inner runs', () => {
    expect(cleanText('\u3000 小松\u00A0\u00A0（中国）\u200B ')).toBe('小松 （中国）');
  });
  it('drops control and bidi-override characters that could spoof names', () => {
    expect(cleanText('A\u0000B\u202Ecd')).toBe('ABcd');
  });
  it('undoes the export quote in front of a neutralised formula, and only there', () => {
    expect(cleanText('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(cleanText("'普通文本")).toBe("'普通文本");
  });
  it('writes numbers in plain decimal', () => {
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('是');
  });
  it('folds labels for comparison', () => {
    expect(foldKey(' 企业 名称 ')).toBe('企业名称');
    expect(foldKey('ＵＳＣＣ')).toBe('uscc');
  });
  it('letters columns like a spreadsheet', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(701)).toBe('ZZ');
  });
});
