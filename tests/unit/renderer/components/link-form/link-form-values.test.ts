// The link form's values against the shared schema: a stored link shown as entered (share in %),
// the form's values turned into the fields the api takes, and each problem on its own field in the
// UI's language.
import { describe, expect, it } from 'vitest';

import {
  blankLinkValues,
  checkLinkValues,
  linkFormValues,
} from '../../../../../renderer/components/link-form/link-form-values.js';

const filled = blankLinkValues({ supplierId: 1, buyerId: 2, product: '  液压阀 ', amount: 35 });

describe('link form values', () => {
  it('shows a stored share as a percent without float noise', () => {
    const v = linkFormValues({
      id: 1,
      supplierId: 1,
      buyerId: 2,
      product: null,
      segmentId: null,
      amount: null,
      share: 0.35,
      source: 'verified',
      yearFrom: 2020,
      yearTo: null,
    });
    expect(v).toMatchObject({ product: '', sharePercent: 35, yearFrom: 2020 });
  });

  it('turns the form into the api’s fields: trimmed product, share as a fraction', () => {
    const r = checkLinkValues({ ...filled, sharePercent: 40 }, 'zh-CN');
    expect(r).toEqual({
      ok: true,
      fields: {
        supplierId: 1,
        buyerId: 2,
        product: '液压阀',
        segmentId: null,
        amount: 35,
        share: 0.4,
        source: 'reported',
        yearFrom: null,
        yearTo: null,
      },
    });
    expect(checkLinkValues({ ...filled, product: '   ' }, 'zh-CN')).toMatchObject({
      ok: true,
      fields: { product: null },
    });
  });

  it('puts each problem on its field, in the UI language', () => {
    const bad = { ...filled, amount: -1, sharePercent: 120, yearFrom: 2025, yearTo: 2020 };
    const zh = checkLinkValues(bad, 'zh-CN');
    expect(!zh.ok && zh.errors).toEqual([
      { field: 'amount', message: '年供货额不能为负数' },
      { field: 'sharePercent', message: '占比须在 0–100% 之间' },
      { field: 'yearTo', message: '截止年份不能早于起始年份' },
    ]);
    const years = checkLinkValues({ ...filled, yearFrom: 2025, yearTo: 2020 }, 'en');
    expect(!years.ok && years.errors).toEqual([
      { field: 'yearTo', message: 'The last year cannot be before the first year' },
    ]);
  });

  it('the same firm at both ends is an error on the buyer', () => {
    const r = checkLinkValues({ ...filled, buyerId: 1 }, 'zh-CN');
    expect(!r.ok && r.errors).toEqual([
      { field: 'buyerId', message: '供应商和采购方不能是同一家企业' },
    ]);
  });

  it('an unchosen firm is left to the form’s own “choose” rule', () => {
    const r = checkLinkValues({ ...filled, supplierId: null }, 'zh-CN');
    expect(!r.ok && r.errors).toEqual([]);
  });
});
