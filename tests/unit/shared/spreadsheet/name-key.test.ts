import { describe, expect, it } from 'vitest';

import { nameKey } from '../../../../shared/spreadsheet/name-key.js';

describe('name normalisation for matching', () => {
  it('folds brackets, width and spaces', () => {
    expect(nameKey('捷马（济宁）矿山支护设备制造有限公司')).toBe(
      nameKey('捷马(济宁) 矿山支护设备制造有限公司'),
    );
    expect(nameKey('ＡＢＣ科技有限公司')).toBe(nameKey('abc科技有限公司'));
  });
  it('treats the company-form suffix variants as one', () => {
    const k = nameKey('山东鲁抗医药股份有限公司');
    expect(nameKey('山东鲁抗医药有限公司')).toBe(k);
    expect(nameKey('山东鲁抗医药有限责任公司')).toBe(k);
    expect(nameKey('山东鲁抗医药')).toBe(k);
    expect(nameKey('Komatsu Ltd.')).toBe(nameKey('KOMATSU'));
  });
  it('keeps different firms apart', () => {
    expect(nameKey('济宁小松有限公司')).not.toBe(nameKey('小松（中国）投资有限公司'));
  });
});
