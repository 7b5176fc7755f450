// The text of a failed call in the UI's language: the core's English where the UI is English and the
// error has it, otherwise the Chinese message every error carries.
import { useTranslation } from 'react-i18next';

import type { Language } from '../../shared/i18n/index.js';
import { toApiError } from '../api.js';
import { currentLanguage } from '../i18n/index.js';

export function errorTextIn(e: unknown, language: Language): string {
  const error = toApiError(e);
  return language === 'en' && error.en ? error.en : error.message;
}

/** For messages raised from an event handler: the language chosen at that moment. */
export const errorText = (e: unknown): string => errorTextIn(e, currentLanguage());

/** For errors on screen: the component re-renders in the new language when the user switches. */
export function useErrorText(): (e: unknown) => string {
  useTranslation(); // subscribes the caller to language changes
  return errorText;
}
