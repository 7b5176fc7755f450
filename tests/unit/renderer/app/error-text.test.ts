// An error reads in the UI's language: English where the UI is English and the core sent it, the
// Chinese message otherwise (and always in Chinese mode).
import { describe, expect, it } from 'vitest';

import { ApiCallError } from '../../../../renderer/api.js';
import { errorTextIn } from '../../../../renderer/app/error-text.js';

const both = new ApiCallError('READ_ONLY', '工作区只读', undefined, 'The workspace is read-only');
const zhOnly = new ApiCallError('INTERNAL', '内部错误');

describe('errorTextIn', () => {
  it('shows the English text in English and the Chinese one in Chinese', () => {
    expect(errorTextIn(both, 'en')).toBe('The workspace is read-only');
    expect(errorTextIn(both, 'zh-CN')).toBe('工作区只读');
  });

  it('falls back to the Chinese message when the error has no English', () => {
    expect(errorTextIn(zhOnly, 'en')).toBe('内部错误');
  });

  it('reads anything thrown, not only api errors', () => {
    expect(errorTextIn(new TypeError('x is undefined'), 'en')).toBe('x is undefined');
    expect(errorTextIn('plain', 'zh-CN')).toBe('plain');
  });
});
