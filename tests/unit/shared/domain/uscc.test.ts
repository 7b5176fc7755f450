// USCC (GB 32100-2015) validation: the domain README's examples and the normalisation rules.
import { describe, expect, it } from 'vitest';

import {
  computeUsccCheckChar,
  normalizeUscc,
  validateUscc,
  withUsccCheckChar,
} from '../../../../shared/domain/uscc.js';

const PASSING = [
  '91350200776049653A',
  '91440101MA5CJQ4N59',
  '913502000728319549',
  '9135021359498494XQ',
];

describe('validateUscc', () => {
  it.each(PASSING)('accepts %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, value: code });
  });

  it.each(PASSING)('computes the check character of %s', (code) => {
    expect(computeUsccCheckChar(code.slice(0, 17))).toBe(code.slice(17));
  });

  it('reports a checksum mismatch as its own kind, with the expected character', () => {
    const r = validateUscc('91350203M0001QAY9B');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('checksum');
    expect(r.expected).toBe(computeUsccCheckChar('91350203M0001QAY9'));
    expect(r.expected).not.toBe('B');
    expect(r.message).toContain('校验位');
  });

  it('changing any one character of a valid code breaks the checksum', () => {
    const code = '91440101MA5CJQ4N59';
    const r = validateUscc(`${code.slice(0, 5)}2${code.slice(6)}`); // position 6: 1 → 2
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe('checksum');
  });

  it('normalises full-width characters, spaces and lower case', () => {
    expect(validateUscc('９１３５０２００７７６０４９６５３Ａ')).toEqual({
      ok: true,
      value: '91350200776049653A',
    });
    expect(validateUscc(' 9144 0101 ma5c jq4n 59 ')).toEqual({
      ok: true,
      value: '91440101MA5CJQ4N59',
    });
    expect(validateUscc('9135021359498494xq\u3000')).toEqual({
      ok: true,
      value: '9135021359498494XQ',
    });
    expect(normalizeUscc('ｍａ５ｃ')).toBe('MA5C');
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the letter %s as a symbol error', (letter) => {
    const code = `91440101M${letter}5CJQ4N59`;
    const r = validateUscc(code);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('symbol');
    expect(r.message).toContain('第 10 位');
  });

  it('never turns O into 0', () => {
    // 913502000728319549 with its 0 at position 9 typed as the letter O.
    const r = validateUscc('91350200O728319549');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe('symbol');
      expect(r.value).toBe('91350200O728319549');
    }
    expect(normalizeUscc('o')).toBe('O');
  });

  it.each(['', '9135020077604965', '91350200776049653A0', '91350200776049653'])(
    'rejects wrong length %j',
    (code) => {
      const r = validateUscc(code);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.kind).toBe('length');
        expect(r.message).toContain('18 位');
      }
    },
  );

  it('rejects punctuation such as a hyphen as a symbol error', () => {
    const r = validateUscc('91350200-76049653A');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe('symbol');
  });
});

describe('computeUsccCheckChar / withUsccCheckChar', () => {
  it('returns undefined for bodies that are not 17 valid symbols', () => {
    expect(computeUsccCheckChar('9135020077604965')).toBeUndefined();
    expect(computeUsccCheckChar('91350200O76049653')).toBeUndefined();
  });

  it('builds codes that validate', () => {
    const code = withUsccCheckChar('91370800MA3C00001');
    expect(code).toHaveLength(18);
    expect(validateUscc(code).ok).toBe(true);
    expect(() => withUsccCheckChar('short')).toThrow();
  });
});
