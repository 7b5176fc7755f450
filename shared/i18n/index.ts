// The UI string resources per language; the renderer's i18next setup reads this table.
import { en } from './en.js';
import { zhCN, type Messages } from './zh-CN.js';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const messages: Record<Language, Messages> = { 'zh-CN': zhCN, en };
export type { Messages };
