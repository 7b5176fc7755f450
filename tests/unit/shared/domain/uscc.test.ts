// USCC (GB 32100-2015) validation: the domain README's examples and the normalisation rules.
import { describe, expect, it } from 'vitest';

import {
  computeUsccCheckChar,
  normalizeUscc,
  USCC_ALPHABET,
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

  it('changing any one character of a valid code, at any position, breaks the checksum', () => {
    // Every position and every other symbol: a weight or symbol value wrong anywhere lets one through.
    for (const code of PASSING) {
      for (let i = 0; i < 18; i += 1) {
        for (const c of USCC_ALPHABET) {
          if (c === code.charAt(i)) continue;
          const r = validateUscc(`${code.slice(0, i)}${c}${code.slice(i + 1)}`);
          expect(r, `${code} with ${c} at position ${String(i + 1)}`).toMatchObject({
            ok: false,
            kind: 'checksum',
          });
        }
      }
    }
  });

  it.each(['I', 'O', 'S', 'V', 'Z', '*'])(
    'a bad symbol %s in the check position is a symbol error, not a checksum warning',
    (bad) => {
      const r = validateUscc(`91350200776049653${bad}`);
      expect(r).toMatchObject({ ok: false, kind: 'symbol', value: `91350200776049653${bad}` });
      if (!r.ok) expect(r.message).toContain('第 18 位');
    },
  );

  it('names the first bad symbol when there are several', () => {
    const r = validateUscc('9I3502007760496O3A');
    expect(r).toMatchObject({ ok: false, kind: 'symbol' });
    if (!r.ok) expect(r.message).toContain('第 2 位“I”');
    const first = validateUscc('I135020O776049653A');
    expect(first).toMatchObject({ ok: false, kind: 'symbol' });
    if (!first.ok) {
      expect(first.message).toContain('第 1 位“I”');
      expect(first.message).toContain("invalid character 'I' at position 1");
    }
  });

  it('a checksum message names the expected and the given character', () => {
    const r = validateUscc('91350200776049653B');
    expect(r).toMatchObject({ ok: false, kind: 'checksum', expected: 'A' });
    if (!r.ok) {
      expect(r.message).toContain('应为“A”');
      expect(r.message).toContain('实际为“B”');
      expect(r.message).toContain("should be 'A', got 'B'");
    }
  });

  it('a check character of 0 (sum divisible by 31) is computed as 0, not as 31', () => {
    // Vary the last body character until the weighted sum is a multiple of 31.
    const body = '91350200072831954';
    const codes = USCC_ALPHABET.split('').map((c) => `${body.slice(0, 16)}${c}`);
    const zero = codes.find((b) => computeUsccCheckChar(b) === '0');
    expect(zero).toBeDefined();
    if (zero) expect(validateUscc(`${zero}0`).ok).toBe(true);
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
        expect(r.message).toContain(`实际为 ${String(normalizeUscc(code).length)} 位`);
        expect(r.value).toBeUndefined();
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
    expect(() => withUsccCheckChar('short')).toThrow('not a valid USCC body: short');
  });
});
