// i18next setup for the renderer: Chinese first, English second, the choice kept in localStorage.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  messages,
  type Language,
  type Messages,
} from '../../shared/i18n/index.js';

const STORAGE_KEY = 'chainatlas.language';

const isLanguage = (v: unknown): v is Language => LANGUAGES.some((l) => l === v);

function storedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage can be disabled; the default is still usable
  }
}

export async function initI18n(): Promise<void> {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: messages[l] }])),
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    showSupportNotice: false, // no advertising in the console of an offline app
  });
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

export async function setLanguage(lng: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not persisted, but the switch still applies for this session
  }
  document.documentElement.lang = lng;
  await i18next.changeLanguage(lng);
}

export { LANGUAGES, type Language };

// Typed keys: `t('nav.chainMap')` is checked against the Chinese resource at compile time.
// (Module augmentation has to be an interface.)
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
