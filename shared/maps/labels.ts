// The words a map picture carries (state badges, counts, legend, titles), in the language asked for,
// taken from the UI string tables so the screen, the exports and the CLI say the same thing.
import type { Stage } from '../domain/schemas.js';
import { messages } from '../i18n/index.js';
import type { DisplayState } from './types.js';

export type MapLang = 'zh' | 'en';

type Words = (typeof messages)['zh-CN']['mapScene'];

/** i18next-style `{{name}}` interpolation, enough for these fixed strings. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

/** 12345 → '12,345' (locale-free, so every machine draws the same picture). */
export const grouped = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export type MapWords = Words & {
  lang: MapLang;
  stage: Record<Stage, string>;
  stateText: (s: DisplayState) => string;
};

export function mapWords(lang: MapLang): MapWords {
  const table = messages[lang === 'en' ? 'en' : 'zh-CN'];
  const words = table.mapScene;
  return {
    ...words,
    lang,
    stage: table.stage,
    stateText: (s) => words.state[s],
  };
}
