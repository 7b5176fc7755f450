// Pinyin keys decide the order of firm lists and let staff find 小松 by typing "xs" or "xiaosong".
import { describe, expect, it } from 'vitest';

import { isPinyinQuery, pinyinSearchForms, pinyinSortKey } from '../../../../shared/text/pinyin.js';

describe('pinyin keys', () => {
  it('orders Chinese names by reading, not by code point', () => {
    const names = [
      '济宁大和油缸有限公司',
      '安徽合力股份有限公司',
      '北京三一重机',
      '潍柴动力股份有限公司',
    ];
    // Code-point order would put 北 (U+5317) before 安 (U+5B89).
    expect([...names].sort()).not.toEqual(
      [...names].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b))),
    );
    const byPinyin = [...names].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b)));
    expect(byPinyin).toEqual([
      '安徽合力股份有限公司',
      '北京三一重机',
      '济宁大和油缸有限公司',
      '潍柴动力股份有限公司',
    ]);
  });

  it('reads polyphones in context (重庆 is chong qing)', () => {
    expect(pinyinSortKey('重庆长安')).toBe('chong qing chang an');
  });

  it('gives the full pinyin and initials a user types, ignoring brackets and latin letters', () => {
    expect(pinyinSearchForms('小松（山东）工程机械')).toEqual({
      full: 'xiaosongshandonggongchengjixie',
      initials: 'xssdgcjx',
    });
  });

  it('treats only latin words of two letters or more as pinyin queries', () => {
    expect(isPinyinQuery('xs')).toBe(true);
    expect(isPinyinQuery(' XiaoSong ')).toBe(true);
    expect(isPinyinQuery('x')).toBe(false);
    expect(isPinyinQuery('小松')).toBe(false);
    expect(isPinyinQuery('9135')).toBe(false);
  });
});
