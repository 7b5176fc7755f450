import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { decodeText } from '../../../../../electron/core/import/decode-text.js';

const text = '企业名称,统一社会信用代码\n济宁华通机械有限公司,913502000728319549\n';

describe('CSV encoding detection', () => {
  it('reads UTF-8 with a BOM and drops the BOM so the first header matches', () => {
    const r = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(r).toEqual({ text, encoding: 'utf-8', confident: true });
  });
  it('reads UTF-16LE and UTF-16BE by their BOM (Excel "Unicode text")', () => {
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    ).toMatchObject({ text, encoding: 'utf-16le' });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({
      text,
      encoding: 'utf-16be',
    });
  });
  it('takes strict UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8', confident: true });
  });
  it('falls back to GB18030 for GBK bytes, even short ones where detectors guess Shift_JIS', () => {
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({
      text,
      encoding: 'gb18030',
      confident: true,
    });
    expect(decodeText(iconv.encode('名称,代码', 'gbk')).text).toBe('名称,代码');
  });
  it('keeps characters only GB18030 has (Ext-B, €)', () => {
    expect(decodeText(iconv.encode('𠀀公司,€', 'gb18030')).text).toBe('𠀀公司,€');
  });
  it('says it is unsure when the bytes are neither UTF-8 nor clean GB18030', () => {
    const r = decodeText(Buffer.from([0x41, 0x2c, 0x80, 0xff, 0xfe, 0x0a]));
    expect(r.confident).toBe(false);
  });
  it('uses the encoding the user chose', () => {
    expect(decodeText(iconv.encode('臺灣公司', 'big5'), 'big5').text).toBe('臺灣公司');
    expect(() => decodeText(Buffer.from('x'), 'klingon')).toThrow(/不支持的编码/);
  });
});
