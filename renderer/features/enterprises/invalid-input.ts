// A refused edit's reasons: the api answers INVALID_INPUT with the schema's issues (each names its
// field in Chinese and English); the form shows those instead of the generic "invalid input".
import { toApiError } from '../../api.js';
import { messageIn } from './enterprise-form-values.js';

export function invalidInputText(e: unknown, language: string): string | undefined {
  const error = toApiError(e);
  if (error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return undefined;
  const texts = (error.details as unknown[])
    .map((d) => (d as { message?: unknown } | null)?.message)
    .filter((m): m is string => typeof m === 'string' && m.length > 0)
    .map((m) => messageIn(m, language));
  return texts.length > 0 ? [...new Set(texts)].join('；') : undefined;
}
