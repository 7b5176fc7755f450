// The merge rules per field and for joining links and 挂链: which value survives, and how two links
// between the same pair become one without counting an amount twice.
import { describe, expect, it } from 'vitest';

import {
  combineLinks,
  combineMappings,
  linkToJoin,
  mergeRecords,
} from '../../../../shared/domain/enterprise-merge.js';
import { makeEnterprise } from '../../../../shared/domain/defaults.js';
import type { Enterprise, SupplyLink } from '../../../../shared/domain/schemas.js';

const firm = (over: Partial<Enterprise>): Enterprise => ({
  ...makeEnterprise(1, '甲', { isLocal: true }),
  ...over,
});
const link = (over: Partial<SupplyLink>): SupplyLink => ({
  id: 1,
  supplierId: 1,
  buyerId: 2,
  product: null,
  segmentId: null,
  amount: null,
  share: null,
  source: 'reported',
  yearFrom: null,
  yearTo: null,
  ...over,
});

describe('mergeRecords', () => {
  const s = firm({
    name: '泰丰液压',
    park: '高新区',
    revenue: 900,
    tags: ['链主'],
    isAboveScale: false,
  });
  const o = firm({
    id: 2,
    name: '泰丰泵业',
    city: '济宁市',
    revenue: 1500,
    tags: ['上市', '链主'],
    isAboveScale: true,
  });

  it('keeps the survivor’s values, fills its blanks from the other, ORs 规上 and joins tags', () => {
    expect(mergeRecords(s, o, {})).toMatchObject({
      name: '泰丰液压',
      park: '高新区',
      city: '济宁市',
      revenue: 900,
      isAboveScale: true,
      tags: ['链主', '上市'],
    });
  });

  it('takes each picked side, including a blank the user chose', () => {
    expect(
      mergeRecords(s, o, {
        name: 'other',
        revenue: 'other',
        city: 'survivor',
        tags: 'survivor',
        isAboveScale: 'survivor',
      }),
    ).toMatchObject({
      name: '泰丰泵业',
      revenue: 1500,
      city: null,
      tags: ['链主'],
      isAboveScale: false,
    });
  });
});

describe('combineLinks', () => {
  it('the same product is one delivery: the larger amount, not the sum; the surer source', () => {
    const joined = combineLinks(
      link({ product: '齿轮泵', amount: 300, source: 'inferred', yearFrom: 2020, yearTo: 2022 }),
      link({
        id: 2,
        product: ' 齿轮泵 ',
        amount: 500,
        source: 'verified',
        yearFrom: 2018,
        yearTo: 2021,
      }),
    );
    expect(joined).toMatchObject({
      id: 1,
      product: '齿轮泵',
      amount: 500,
      source: 'verified',
      yearFrom: 2018,
      yearTo: 2022,
    });
  });

  it('different products are two deliveries: amounts add up and both products are named', () => {
    expect(
      combineLinks(
        link({ product: '齿轮泵', amount: 300 }),
        link({ id: 2, product: '泵体', amount: 50 }),
      ),
    ).toMatchObject({ product: '齿轮泵、泵体', amount: 350 });
    expect(combineLinks(link({ product: 'A' }), link({ product: 'B' })).amount).toBeNull();
  });

  it('joins a moved link to the survivor link of the same product first', () => {
    const a = link({ id: 5, product: '阀' });
    const b = link({ id: 6, product: '泵' });
    expect(linkToJoin([a, b], link({ product: '泵' }))?.id).toBe(6);
    expect(linkToJoin([a, b], link({ product: '油缸' }))?.id).toBe(5);
    expect(linkToJoin([], link({}))).toBeUndefined();
  });
});

describe('combineMappings', () => {
  const m = { enterpriseId: 1, segmentId: 9, isPrimary: false, evidence: null } as const;
  it('a decision replaces 待确认; the survivor’s decision stands otherwise', () => {
    expect(
      combineMappings({ ...m, status: 'uncertain' }, { ...m, status: 'rejected' }).status,
    ).toBe('rejected');
    expect(
      combineMappings({ ...m, status: 'confirmed' }, { ...m, status: 'rejected' }).status,
    ).toBe('confirmed');
    expect(
      combineMappings(
        { ...m, status: 'confirmed', evidence: '年报' },
        { ...m, status: 'confirmed', isPrimary: true, evidence: '走访' },
      ),
    ).toMatchObject({ isPrimary: true, evidence: '年报；走访' });
  });
});
