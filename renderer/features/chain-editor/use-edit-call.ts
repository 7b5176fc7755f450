// Runs one chain-editor write and says how it went: a success message naming the item, or the
// refusal's own reason (which names the field) in the UI's language.
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { toApiError } from '../../api.js';
import { errorText } from '../../app/error-text.js';

const reason = (e: unknown, language: string): string => {
  const error = toApiError(e);
  if (error.code === 'INVALID_INPUT' && Array.isArray(error.details)) {
    const first = (error.details as { message?: unknown }[])[0]?.message;
    if (typeof first === 'string') {
      const [zh, en] = first.split(' / ');
      if (zh !== undefined && en !== undefined) return language === 'en' ? en : zh;
    }
  }
  return errorText(e);
};

/** `run(write, done)`: true when the write succeeded (the query cache refreshes what it changed). */
export function useEditCall(): (write: () => Promise<unknown>, done: string) => Promise<boolean> {
  const { message } = App.useApp();
  const { i18n } = useTranslation();
  return useCallback(
    async (write, done) => {
      try {
        await write();
        void message.success(done);
        return true;
      } catch (e) {
        void message.error(reason(e, i18n.language));
        return false;
      }
    },
    [message, i18n],
  );
}
