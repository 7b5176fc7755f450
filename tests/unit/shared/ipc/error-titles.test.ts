// The error enum is matched by a title in both UI languages (the Chinese table is typed
// `satisfies Record<ErrorCode | 'NETWORK', string>`, so a new code without a title fails the
// typecheck); here: no title is empty or left untranslated.
import { describe, expect, it } from 'vitest';

import { en } from '../../../../shared/i18n/en.js';
import { zhCN } from '../../../../shared/i18n/zh-CN.js';
import { ErrorCodeSchema } from '../../../../shared/ipc/result.js';

describe('error titles', () => {
  it.each(ErrorCodeSchema.options)('%s has a Chinese and a different English title', (code) => {
    expect(zhCN.errors[code]).toMatch(/\p{Script=Han}/u);
    expect(en.errors[code]).toMatch(/^[A-Z]/);
    expect(en.errors[code]).not.toBe(zhCN.errors[code]);
  });
});
