import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';

import {
  headerUnitWan,
  latestFoundedYear,
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

describe('edges a user would notice', () => {
  it('reads signs, bare decimals, spaced digits and long thousands groups; rejects stray text', () => {
    expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('+3')).toEqual({ ok: true, value: 3 });
    expect(parseNumber('-1,234,567.25')).toEqual({ ok: true, value: -1234567.25 });
    expect(parseNumber('12,345')).toEqual({ ok: true, value: 12345 });
    expect(parseNumber('1 234')).toEqual({ ok: true, value: 1234 });
    expect(parseNumber('N/A')).toEqual({ ok: true, value: null });
    for (const t of ['1,2345', '1234,567', 'abc12', '12abc', '12.', '1.2.3'])
      expect(parseNumber(t)).toEqual({ ok: false, text: t });
    expect(parseNumber(Number.NaN).ok).toBe(false);
    expect(parseNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('reads currency prefixes and refuses a unit with no number', () => {
    expect(parseAmountWan('RMB 5万')).toEqual({ ok: true, value: 5 });
    expect(parseAmountWan('人民币3亿元')).toEqual({ ok: true, value: 30000 });
    expect(parseAmountWan('CNY 2,000元')).toEqual({ ok: true, value: 0.2 });
    expect(parseAmountWan('4千元')).toEqual({ ok: true, value: 0.4 });
    expect(parseAmountWan('万元')).toEqual({ ok: false, text: '万元' });
    expect(parseAmountWan('—')).toEqual({ ok: true, value: null });
    expect(parseAmountWan('5万人民币')).toEqual({ ok: false, text: '5万人民币' });
    // a number in a column declared in 亿元 is scaled; one written with 元 in the cell is not
    expect(parseAmountWan('3', 10000)).toEqual({ ok: true, value: 30000 });
    expect(parseAmountWan('abc', 10000)).toEqual({ ok: false, text: 'abc' });
  });

  it('finds the unit in half- or full-width brackets, with spaces', () => {
    expect(headerUnitWan('金额(元)')).toBe(0.0001);
    expect(headerUnitWan('金额（ 千元 ）')).toBe(0.1);
    expect(headerUnitWan('金额（千万元）')).toBe(1000);
    expect(headerUnitWan('金额(个)')).toBe(1);
  });

  it('reads 100 % and 1 as a whole share, refuses negatives, keeps 0', () => {
    expect(parseShare(1)).toEqual({ ok: true, value: 1 });
    expect(parseShare('1')).toEqual({ ok: true, value: 1 });
    expect(parseShare('100%')).toEqual({ ok: true, value: 1 });
    expect(parseShare('0.5%')).toEqual({ ok: true, value: 0.005 });
    expect(parseShare(0)).toEqual({ ok: true, value: 0 });
    expect(parseShare(-0.1)).toEqual({ ok: false, text: '-0.1' });
    expect(parseShare(150)).toEqual({ ok: false, text: '150' });
    expect(parseShare('-5%')).toEqual({ ok: false, text: '-5%' });
    expect(parseShare('%')).toEqual({ ok: false, text: '%' });
    expect(parseShare('')).toEqual({ ok: true, value: null });
  });

  it('keeps a blank integer blank and names the fraction it refuses', () => {
    expect(parseInteger('')).toEqual({ ok: true, value: null });
    expect(parseInteger('12.5')).toEqual({ ok: false, text: '12.5' });
    expect(parseInteger('x')).toEqual({ ok: false, text: 'x' });
  });

  it('accepts years 1800–2100 in the written forms, and date serials as their year', () => {
    expect(parseYear(1800)).toEqual({ ok: true, value: 1800 });
    expect(parseYear(2100)).toEqual({ ok: true, value: 2100 });
    expect(parseYear(36892)).toEqual({ ok: true, value: 2001 });
    expect(parseYear(10_000)).toEqual({ ok: true, value: 1927 });
    expect(parseYear(73051)).toEqual({ ok: true, value: 2100 });
    for (const t of ['2019/5', '2019年5月', '2019年5月1日', '2019.05', ' 2019 ', '1800', '2100'])
      expect(parseYear(t).ok, t).toBe(true);
    for (const t of ['20190', 'x2019', '2019x', '2019年5'])
      expect(parseYear(t)).toEqual({ ok: false, text: t });
    expect(parseYear('')).toEqual({ ok: true, value: null });
  });

  it('reads a small number as a mistyped year, never as a 1900s date, and says the range', () => {
    const range = {
      zh: '年份应在 1800–2100 之间',
      en: 'a year must be between 1800 and 2100',
    };
    // Read as Excel serials these would be 1901-1904 and 1927 with no word to the user.
    for (const v of [657, 999, 1750, 1799, 2101, 9999, 0, -5])
      expect(parseYear(v)).toEqual({ ok: false, text: String(v), why: range });
    for (const t of ['1799', '2101', '0999年'])
      expect(parseYear(t)).toEqual({ ok: false, text: t, why: range });
    expect(parseYear(2019.5)).toEqual({
      ok: false,
      text: '2019.5',
      why: { zh: '年份应为整数', en: 'a year must be a whole number' },
    });
  });

  it('names the date a serial stands for when its year is out of range', () => {
    expect(parseYear(80000)).toEqual({
      ok: false,
      text: '80000',
      why: {
        zh: '按 Excel 日期序号读作 2119-01-11；年份应在 1800–2100 之间',
        en: 'read as an Excel date serial this is 2119-01-11; a year must be between 1800 and 2100',
      },
    });
    expect(parseYear(3_000_000)).toEqual({
      ok: false,
      text: '3000000',
      why: { zh: '年份应在 1800–2100 之间', en: 'a year must be between 1800 and 2100' },
    });
  });

  it('holds a founding year to the latest year given, however it is written', () => {
    const year = new Date().getFullYear();
    expect(latestFoundedYear()).toBe(year + 1);
    expect(latestFoundedYear(new Date(2030, 5, 1))).toBe(2031);
    const why = {
      zh: `年份应在 1800–${year + 1} 之间`,
      en: `a year must be between 1800 and ${year + 1}`,
    };
    expect(parseYear(year + 1, year + 1)).toEqual({ ok: true, value: year + 1 });
    expect(parseYear(year + 2, year + 1)).toEqual({ ok: false, text: String(year + 2), why });
    expect(parseYear(`${year + 2}年`, year + 1)).toEqual({ ok: false, text: `${year + 2}年`, why });
    // 2099-12-31 as a serial
    expect(parseYear(73050, year + 1)).toEqual({
      ok: false,
      text: '73050',
      why: {
        zh: `按 Excel 日期序号读作 2099-12-31；${why.zh}`,
        en: `read as an Excel date serial this is 2099-12-31; ${why.en}`,
      },
    });
  });

  it("reads a serial with a time of day as the year of its day, also on New Year's Eve evening", () => {
    // 36891.9 is 2000-12-31 21:36: rounding it to the next day made it 2001.
    expect(parseYear(36891.9)).toEqual({ ok: true, value: 2000 });
    expect(parseYear(36892.75)).toEqual({ ok: true, value: 2001 });
  });

  it('reads dashes as blank yes/no and splits on every listed separator', () => {
    expect(parseBoolean('-')).toEqual({ ok: true, value: null });
    expect(parseBoolean('—')).toEqual({ ok: true, value: null });
    expect(parseBoolean(true)).toEqual({ ok: true, value: true });
    expect(splitMulti('a;b｜c\nd，e,f|g；h、i')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
    ]);
  });

  it('splits a list written on several lines of one cell (Alt+Enter), also with Windows line ends', () => {
    expect(splitMulti('油缸\n回转支承\r\n驾驶室')).toEqual(['油缸', '回转支承', '驾驶室']);
    expect(splitMulti('  油缸  \u200b、 液压  阀 ')).toEqual(['油缸', '液压 阀']);
  });

  it('reads the whole Excel date range and refuses what is outside it', () => {
    expect(parseDate(1)).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseDate(2_958_465)).toEqual({ ok: true, value: '9999-12-31' });
    expect(parseDate(2_958_465.99)).toEqual({ ok: true, value: '9999-12-31' });
    expect(parseDate(0)).toEqual({ ok: false, text: '0' });
    expect(parseDate(0.5)).toEqual({ ok: false, text: '0.5' });
    expect(parseDate(2_958_466)).toEqual({ ok: false, text: '2958466' });
    expect(parseDate(Number.NaN)).toEqual({ ok: false, text: 'NaN' });
    expect(parseDate('2024.1.2')).toEqual({ ok: true, value: '2024-01-02' });
    expect(parseDate('2024 - 10 - 12')).toEqual({ ok: true, value: '2024-10-12' });
    expect(parseDate('2024-13-01')).toEqual({ ok: false, text: '2024-13-01' });
    expect(parseDate('x2024-01-02')).toEqual({ ok: false, text: 'x2024-01-02' });
    expect(parseDate('')).toEqual({ ok: true, value: null });
  });

  it('reads a serial with a time of day as the day it falls in (an afternoon is not the next day)', () => {
    expect(parseDate(45000)).toEqual({ ok: true, value: '2023-03-15' });
    expect(parseDate(45000.25)).toEqual({ ok: true, value: '2023-03-15' });
    expect(parseDate(45000.5)).toEqual({ ok: true, value: '2023-03-15' });
    expect(parseDate(45000.75)).toEqual({ ok: true, value: '2023-03-15' });
    expect(parseDate(45000.999)).toEqual({ ok: true, value: '2023-03-15' });
    expect(parseDate(36891.9)).toEqual({ ok: true, value: '2000-12-31' });
  });

  it('counts early 1900 serials as Excel shows them, and refuses its 1900-02-29 that never was', () => {
    expect(parseDate(59)).toEqual({ ok: true, value: '1900-02-28' });
    expect(parseDate(61)).toEqual({ ok: true, value: '1900-03-01' });
    const feb29 = {
      zh: 'Excel 日期序号 60 是 1900-02-29，这一天并不存在',
      en: 'Excel date serial 60 is 1900-02-29, a day that never existed',
    };
    expect(parseDate(60)).toEqual({ ok: false, text: '60', why: feb29 });
    expect(parseDate(60.5)).toEqual({ ok: false, text: '60.5', why: feb29 });
  });

  it('agrees with the day SheetJS shows for serials across the range, at any time of day', () => {
    // SheetJS's SSF shows a serial as Excel does; compare whole days and times of day across the range.
    const ssf = XLSX.SSF as {
      parse_date_code(serial: number): { y: number; m: number; d: number };
    };
    const pad = (n: number): string => String(n).padStart(2, '0');
    for (const serial of [
      1, 2, 31, 58, 59, 61, 366, 367, 10_000, 36_891, 45_000, 73_050, 2_958_464,
    ])
      for (const time of [0, 0.25, 0.5, 0.75, 0.99]) {
        const code = ssf.parse_date_code(serial + time);
        const shown = `${code.y}-${pad(code.m)}-${pad(code.d)}`;
        expect(parseDate(serial + time), String(serial + time)).toEqual({ ok: true, value: shown });
      }
  });
});

describe('cells a user types in other common ways', () => {
  it('takes a number the file stored as it is, however JavaScript prints it', () => {
    expect(parseNumber(1e-7)).toEqual({ ok: true, value: 1e-7 });
    expect(parseNumber(1e21)).toEqual({ ok: true, value: 1e21 });
    expect(parseAmountWan(1e21)).toEqual({ ok: true, value: 1e21 });
    expect(parseShare(1e-7)).toEqual({ ok: true, value: 0 });
  });

  it('reads shares written as text: a whole number is a percentage, 0 is 0', () => {
    expect(parseShare('35')).toEqual({ ok: true, value: 0.35 });
    expect(parseShare('0')).toEqual({ ok: true, value: 0 });
    expect(parseShare('0%')).toEqual({ ok: true, value: 0 });
  });

  it('reads years and dates with two-digit months and days and a space before 年 or 日', () => {
    for (const t of ['2019年12月', '2019年12月31日', '2019 年'])
      expect(parseYear(t), t).toEqual({ ok: true, value: 2019 });
    expect(parseDate('2024年1月2 日')).toEqual({ ok: true, value: '2024-01-02' });
    expect(parseDate('2024-01-02x')).toEqual({ ok: false, text: '2024-01-02x' });
  });
});
