// Flags written in a tags column must reach the fields the analysis reads.
import { describe, expect, it } from 'vitest';

import { extractDrafts } from '../../../../shared/spreadsheet/extract-drafts.js';
import { suggest } from '../../../../shared/spreadsheet/suggest.js';
import { canonicalTags, tagsSayAboveScale } from '../../../../shared/spreadsheet/tag-flags.js';

describe('tags that mean flags', () => {
  it('stores the usual variants under one spelling', () => {
    expect(
      canonicalTags([
        '规模以上企业',
        '高新',
        '国家级专精特新“小巨人”',
        '专精特新企业',
        '世界五百强',
        '链主企业',
        '出口',
      ]),
    ).toEqual(['规上', '高新技术企业', '专精特新小巨人', '专精特新', '世界500强', '链主', '出口']);
    expect(canonicalTags(['规上', '规模以上'])).toEqual(['规上']);
  });
  it('sets 规上 from a tag unless the row says otherwise in its own column', () => {
    const read = (rows: (string | null)[][]) =>
      extractDrafts([
        {
          file: 'a.csv',
          format: 'csv',
          sheets: [{ name: 's', rows, formulaCells: [], truncated: null }],
        },
      ]).drafts.enterprises.map((d) => [d.values.isAboveScale, d.values.tags]);
    expect(
      read([
        ['企业名称', '标签'],
        ['甲', '规模以上、高新'],
      ]),
    ).toEqual([[true, ['规上', '高新技术企业']]]);
    // The explicit column wins over the tag; the 规上 tag is dropped so nothing counts it as 规上.
    expect(
      read([
        ['企业名称', '是否规上', '标签'],
        ['甲', '否', '规上、高新'],
      ]),
    ).toEqual([[false, ['高新技术企业']]]);
    expect(tagsSayAboveScale(['出口'])).toBe(false);
  });
});

describe('did you mean', () => {
  it('suggests the chain a shortened or mistyped name means', () => {
    const chains = ['锂电池与储能', '工程机械', '生物医药', '新一代信息技术'];
    expect(suggest('锂电池', chains)).toEqual(['锂电池与储能']);
    expect(suggest('工程机具', chains)).toEqual(['工程机械']);
    expect(suggest('汽车', chains)).toEqual([]);
  });
  it('catches a homophone typo through pinyin', () => {
    expect(suggest('正级材料', ['正极材料', '负极材料', '电解液'])[0]).toBe('正极材料');
  });
});
