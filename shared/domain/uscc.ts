// 统一社会信用代码 (USCC, GB 32100-2015): normalisation and check-character validation.
// Pure; importers treat 'length'/'symbol' failures as errors and 'checksum' as an acceptable warning.

/** The 31 symbols a USCC may use; a symbol's value is its index. Never I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights for positions 1–17: 3^(i-1) mod 31. */
export const USCC_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

export type UsccErrorKind = 'length' | 'symbol' | 'checksum';

export type UsccResult =
  | { ok: true; value: string }
  | {
      ok: false;
      kind: UsccErrorKind;
      /** Chinese first, English second, ready for the import report. */
      message: string;
      /** The normalised code, when the failure is not about its length. */
      value?: string;
      /** For 'checksum': the check character the first 17 characters call for. */
      expected?: string;
    };

/**
 * Full-width ASCII to half-width, whitespace (incl. U+3000) removed, upper case.
 * Deliberately no look-alike repair (O→0, I→1): a mistyped code must be seen, not guessed.
 */
export function normalizeUscc(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters, or undefined if one of them is not a USCC symbol. */
export function computeUsccCheckChar(first17: string): string | undefined {
  const body = normalizeUscc(first17);
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(body.charAt(i));
    if (value < 0) return undefined;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function validateUscc(raw: string): UsccResult {
  const value = normalizeUscc(raw);
  if (value.length !== 18) {
    return {
      ok: false,
      kind: 'length',
      message: `统一社会信用代码应为 18 位，实际为 ${String(value.length)} 位 / USCC must have 18 characters, got ${String(value.length)}`,
    };
  }
  let badIndex = -1;
  for (let i = 0; i < value.length && badIndex < 0; i += 1) {
    if (!USCC_ALPHABET.includes(value.charAt(i))) badIndex = i;
  }
  if (badIndex >= 0) {
    const c = value.charAt(badIndex);
    return {
      ok: false,
      kind: 'symbol',
      value,
      message: `统一社会信用代码第 ${String(badIndex + 1)} 位“${c}”不是有效字符（不使用 I、O、S、V、Z） / invalid character '${c}' at position ${String(badIndex + 1)}`,
    };
  }
  const expected = computeUsccCheckChar(value.slice(0, 17));
  if (expected !== value.charAt(17)) {
    return {
      ok: false,
      kind: 'checksum',
      value,
      expected,
      message: `统一社会信用代码校验位不符：应为“${String(expected)}”，实际为“${value.charAt(17)}” / check character should be '${String(expected)}', got '${value.charAt(17)}'`,
    };
  }
  return { ok: true, value };
}

/** Appends the check character to a 17-character body (used to give demo firms valid codes). */
export function withUsccCheckChar(first17: string): string {
  const check = computeUsccCheckChar(first17);
  if (check === undefined) throw new Error(`not a valid USCC body: ${first17}`);
  return normalizeUscc(first17) + check;
}
