// Search keys decide whether staff find a firm by what they type (short name, alias, pinyin initials)
// and which match comes first; the sort key decides the register's 拼音 order.
import { describe, expect, it } from 'vitest';

import { pinyinSortKey } from '../../../../shared/text/pinyin.js';
import {
  foldQuery,
  matchRank,
  nameKeys,
  searchKeys,
  shortName,
} from '../../../../shared/text/search-keys.js';

const rank = (name: string, query: string, aliases: string[] = []) =>
  matchRank(searchKeys(name, aliases), foldQuery(query), /^[a-z]{2,}$/i.test(query));

describe('search keys', () => {
  it('drops the company form and the bracketed place from the short name', () => {
    expect(shortName('小松（山东）工程机械有限公司')).toBe('小松工程机械');
    expect(shortName('潍柴动力股份有限公司')).toBe('潍柴动力');
    expect(shortName('ACME Co., Ltd.')).toBe('acme');
  });

  it('reads the short name with the syllables of the full name (polyphones keep their reading)', () => {
    const k = nameKeys('重庆长安汽车有限公司');
    expect(k.pinyin).toContain('chongqingchanganqiche');
    expect(k.pinyin).toContain('cqcaqc');
    expect(k.pinyin).not.toContain('zqzaqc');
  });

  it('orders like the pinyin sort key the lists used before', () => {
    for (const name of ['小松（山东）工程机械有限公司', '50%折扣贸易公司', 'A_B电子', '重庆长安'])
      expect(nameKeys(name).sortKey).toBe(pinyinSortKey(name));
  });

  it('ranks exact, then prefix, then contained in a name, then contained in a pinyin form', () => {
    expect(rank('小松', 'xs')).toBe(0);
    expect(rank('小松（山东）工程机械有限公司', 'xs')).toBe(1);
    expect(rank('小松（山东）工程机械有限公司', 'xsgcjx')).toBe(0);
    expect(rank('小松（山东）工程机械有限公司', '工程机械')).toBe(2);
    expect(rank('山东鲁松机械销售有限公司', 'xs')).toBe(3);
    expect(rank('山东鲁松机械销售有限公司', 'xiaosong')).toBeUndefined();
  });

  it('matches aliases, folds full-width text and case, and keeps digits out of pinyin', () => {
    expect(rank('江苏恒立液压股份有限公司', '恒立油缸', ['恒立油缸'])).toBe(0);
    expect(rank('江苏恒立液压股份有限公司', 'HLYG', ['恒立油缸'])).toBe(0);
    expect(rank('ＡＢＣ电子', 'abc')).toBe(1);
    expect(rank('小松（山东）工程机械有限公司', '小松(山东)')).toBe(1);
    // "91" is no pinyin query: a USCC fragment never matches a name's pinyin.
    expect(rank('九一科技', '91')).toBeUndefined();
  });
});
