import { describe, expect, it } from 'vitest';

import {
  headerUnitWan,
  parseAmountWan,
  parseBoolean,
  parseDate,
  parseInteger,
  parseNumber,
  parseShare,
  parseYear,
  splitMulti,
} from '../../../../shared/spreadsheet/parse-values.js';

describe('numbers and units', () => {
  it('reads numbers stored as text, with thousands separators and full-width digits', () => {
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('１２３')).toEqual({ ok: true, value: 123 });
    expect(parseNumber(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseNumber(-5)).toEqual({ ok: true, value: -5 });
  });
  it('treats dashes and 无 as empty, and rejects words', () => {
    expect(parseNumber('—')).toEqual({ ok: true, value: null });
    expect(parseNumber('')).toEqual({ ok: true, value: null });
    expect(parseNumber('约一百')).toEqual({ ok: false, text: '约一百' });
    expect(parseNumber('1,23')).toEqual({ ok: false, text: '1,23' });
  });
  it('converts amounts with units to 万元', () => {
    expect(parseAmountWan('12万元')).toEqual({ ok: true, value: 12 });
    expect(parseAmountWan('1.2亿元')).toEqual({ ok: true, value: 12000 });
    expect(parseAmountWan('3,500,000元')).toEqual({ ok: true, value: 350 });
    expect(parseAmountWan('￥8万')).toEqual({ ok: true, value: 8 });
    expect(parseAmountWan('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmountWan('很多万元')).toEqual({ ok: false, text: '很多万元' });
  });
  it('applies the unit a header declares unless the cell names its own', () => {
    expect(headerUnitWan('年供货额（亿元）')).toBe(10000);
    expect(headerUnitWan('年供货额(万元)')).toBe(1);
    expect(headerUnitWan('金额')).toBe(1);
    expect(parseAmountWan(2, 10000)).toEqual({ ok: true, value: 20000 });
    expect(parseAmountWan('300万元', 10000)).toEqual({ ok: true, value: 300 });
  });
  it('reads percentages and fractions as shares', () => {
    expect(parseShare('35%')).toEqual({ ok: true, value: 0.35 });
    expect(parseShare('0.35')).toEqual({ ok: true, value: 0.35 });
    expect(parseShare(35)).toEqual({ ok: true, value: 0.35 });
    expect(parseShare('150%').ok).toBe(false);
  });
  it('reads integers and years', () => {
    expect(parseInteger('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseInteger('12.5').ok).toBe(false);
    expect(parseYear('2019年')).toEqual({ ok: true, value: 2019 });
    expect(parseYear('2019-05-01')).toEqual({ ok: true, value: 2019 });
    expect(parseYear(2008)).toEqual({ ok: true, value: 2008 });
    expect(parseYear('去年').ok).toBe(false);
    expect(parseYear('3019').ok).toBe(false);
  });
  it('reads dates from text and Excel serials', () => {
    expect(parseDate('2024/1/2')).toEqual({ ok: true, value: '2024-01-02' });
    expect(parseDate('2024年1月2日')).toEqual({ ok: true, value: '2024-01-02' });
    expect(parseDate(45293)).toEqual({ ok: true, value: '2024-01-02' });
    expect(parseDate('2024-02-30').ok).toBe(false);
  });
});

describe('booleans and lists', () => {
  it('understands 是/否, Y/N, 本地/外地, √/×', () => {
    for (const t of ['是', 'Y', 'yes', '本地', '√', 'TRUE', '１'])
      expect(parseBoolean(t)).toEqual({ ok: true, value: true });
    for (const t of ['否', 'n', '外地', '×', 'false', '0'])
      expect(parseBoolean(t)).toEqual({ ok: true, value: false });
    expect(parseBoolean('')).toEqual({ ok: true, value: null });
    expect(parseBoolean('也许')).toEqual({ ok: false, text: '也许' });
  });
  it('splits multi-values on 、，,;；| and drops blanks and repeats', () => {
    expect(splitMulti('油缸、回转支承；驾驶室 | 油箱,油缸，，')).toEqual([
      '油缸',
      '回转支承',
      '驾驶室',
      '油箱',
    ]);
    expect(splitMulti(null)).toEqual([]);
  });
});
